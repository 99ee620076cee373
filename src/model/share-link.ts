import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { parseScenarioText } from './parse-scenario';
import { compactScenario } from './serialize';
import type { Problem, Scenario, ScenarioValues } from './types';

// A share link carries the scenario in the URL fragment (never sent to a server):
// `#s1.<crc32 of the payload, 8 hex>.<lz-string payload>`. The checksum turns a link cut short
// by a mail client, or changed by hand, into a clear error instead of a different scenario:
// CRC-32 catches every change of one character and, in practice, every truncation.

export const SHARE_VERSION = 1;
const PREFIX = /^s(\d+)\./;

let table: Uint32Array | null = null;

/** CRC-32 (IEEE 802.3, the one zip uses) of a string's UTF-8 bytes. */
export function crc32(text: string): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  const bytes = new TextEncoder().encode(text);
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/** The fragment (without `#`) that carries a scenario. */
export function encodeShareFragment(scenario: Scenario): string {
  const payload = compressToEncodedURIComponent(compactScenario(scenario));
  return `s${SHARE_VERSION}.${hex8(crc32(payload))}.${payload}`;
}

/** Whether a fragment looks like a share link at all (so that other fragments are left alone). */
export function isShareFragment(fragment: string): boolean {
  return PREFIX.test(fragment.replace(/^#/, ''));
}

export type ShareDecode =
  | { ok: true; scenario: Scenario; values: ScenarioValues }
  | { ok: false; reason: 'version' | 'damaged' | 'invalid'; message: string; problems: Problem[] };

const damaged = (detail: string): ShareDecode => ({
  ok: false,
  reason: 'damaged',
  message: `This share link is incomplete or has been changed (${detail}), so it was not opened. Ask the sender to copy the whole link again, or to send the scenario file instead.`,
  problems: [],
});

/** Reads a share fragment back into a scenario; the scenario goes through parseScenario like any file. */
export function decodeShareFragment(fragment: string): ShareDecode {
  const text = fragment.replace(/^#/, '');
  const version = PREFIX.exec(text);
  if (!version) return damaged('it does not start with s1.');
  if (Number(version[1]) !== SHARE_VERSION) {
    return {
      ok: false,
      reason: 'version',
      message: `This share link was made by a newer version of Trajectory (link format ${version[1]}; this app reads format ${SHARE_VERSION}). Open it in the newer app, or ask for the scenario file.`,
      problems: [],
    };
  }
  const rest = text.slice(version[0].length);
  const dot = rest.indexOf('.');
  const sum = dot < 0 ? rest : rest.slice(0, dot);
  if (dot < 0 || !/^[0-9a-f]{8}$/.test(sum)) return damaged('its checksum is missing');
  const payload = rest.slice(dot + 1);
  if (hex8(crc32(payload)) !== sum) return damaged('its checksum does not match');
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(payload);
  } catch (error) {
    // A hand-made link can pass the checksum yet not be lz-string data: report it as damaged.
    return damaged(`it cannot be decompressed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!json) return damaged('it cannot be decompressed');
  const parsed = parseScenarioText(json);
  if (!parsed.ok) {
    return { ok: false, reason: 'invalid', message: 'This share link holds a scenario that has problems, so it was not opened.', problems: parsed.problems };
  }
  return { ok: true, scenario: parsed.scenario, values: parsed.values };
}
