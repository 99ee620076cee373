// Share links: the scenario in the URL fragment, with a version prefix and a CRC-32 so that a link
// cut short or changed by one character is refused with a clear error, never read as another plan.
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import aggressive from '../../scenarios/crm-aggressive.json';
import { parseScenario } from './parse-scenario';
import { crc32, decodeShareFragment, encodeShareFragment, isShareFragment } from './share-link';
import type { Scenario } from './types';

function parsed(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error('fixture does not parse');
  return r.scenario;
}
const scenario = parsed(structuredClone(aggressive));
const fragment = encodeShareFragment(scenario);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$.';

describe('share links', () => {
  it('computes the standard CRC-32 ("123456789" -> cbf43926)', () => {
    expect(crc32('123456789').toString(16)).toBe('cbf43926');
    expect(crc32('')).toBe(0);
  });

  it('round-trips a scenario with formulas, and looks like s1.<8 hex>.<payload>', () => {
    expect(fragment).toMatch(/^s1\.[0-9a-f]{8}\.[A-Za-z0-9+$-]+$/);
    expect(isShareFragment(`#${fragment}`)).toBe(true);
    expect(isShareFragment('#section-2')).toBe(false);
    const back = decodeShareFragment(`#${fragment}`);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.scenario).toEqual(scenario);
  });

  it('refuses the link cut at every length', () => {
    for (let n = 0; n < fragment.length; n++) {
      const r = decodeShareFragment(fragment.slice(0, n));
      expect(r.ok, `cut at ${n}`).toBe(false);
      if (!r.ok) expect(r.reason).toBe('damaged');
    }
  });

  it('refuses every single-character change', () => {
    for (let i = 0; i < fragment.length; i++) {
      // Two substitutes per position, chosen from the link's own alphabet, so each looks plausible.
      for (const step of [1, 29]) {
        const at = ALPHABET.indexOf(fragment[i]!);
        const c = ALPHABET[(at + step) % ALPHABET.length]!;
        const r = decodeShareFragment(fragment.slice(0, i) + c + fragment.slice(i + 1));
        expect(r.ok, `change at ${i} to ${c}`).toBe(false);
      }
    }
  });

  it('says so when the link comes from a newer version', () => {
    const r = decodeShareFragment(fragment.replace(/^s1\./, 's2.'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('version');
      expect(r.message).toMatch(/newer version of Trajectory/);
    }
  });

  it('passes the payload through parseScenario: an intact link to an invalid scenario lists its problems', () => {
    const bad = { ...structuredClone(aggressive), startingCash: 'lots' };
    const payload = compressToEncodedURIComponent(JSON.stringify(bad));
    const link = `s1.${crc32(payload).toString(16).padStart(8, '0')}.${payload}`;
    const r = decodeShareFragment(link);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('invalid');
      expect(r.problems.map((p) => p.place)).toContain('startingCash');
    }
  });
});
