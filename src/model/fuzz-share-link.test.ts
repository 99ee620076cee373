// Share-link fuzzing (issue 9): truncated, bit-flipped, spliced and random fragments give an
// error with a message, never a crash, and never a scenario other than the one that was shared.
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import aggressive from '../../scenarios/crm-aggressive.json';
import baseline from '../../scenarios/crm-baseline.json';
import conservative from '../../scenarios/crm-conservative.json';
import { parseScenario } from './parse-scenario';
import { crc32, decodeShareFragment, encodeShareFragment, type ShareDecode } from './share-link';
import type { Scenario } from './types';

const RUNS = { numRuns: 10_000, seed: 20261123 };

function scenarioOf(doc: unknown): Scenario {
  const r = parseScenario(structuredClone(doc));
  if (!r.ok) throw new Error('fixture does not parse');
  return r.scenario;
}
const SCENARIOS = [baseline, conservative, aggressive].map(scenarioOf);
const FRAGMENTS = SCENARIOS.map(encodeShareFragment);
const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/** Decodes without letting an exception through, and checks the failure's words. */
function decode(fragment: string): ShareDecode {
  let result: ShareDecode | undefined;
  try {
    result = decodeShareFragment(fragment);
  } catch (error) {
    throw new Error(`decodeShareFragment threw on ${JSON.stringify(fragment.slice(0, 60))}: ${String(error)}`);
  }
  if (!result.ok && (typeof result.message !== 'string' || result.message.length < 20)) throw new Error('refused without a message');
  return result;
}

/** A changed link must be refused, or (only if the change left the link equal) open the same scenario. */
function refusedOrSame(original: number, changed: string): void {
  const result = decode(changed);
  if (!result.ok) return;
  if (changed !== FRAGMENTS[original]) {
    // Only possible if a change kept the checksum and the payload's meaning: say which.
    expect(result.scenario, `a changed link opened: ${changed.slice(0, 60)}`).toEqual(SCENARIOS[original]);
  }
}

const which = fc.integer({ min: 0, max: FRAGMENTS.length - 1 });
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$.%#é\u0000';

describe('share-link fuzzing (fast-check, 10,000 runs each, seed 20261123)', () => {
  it('the fixtures round-trip', () => {
    FRAGMENTS.forEach((f, i) => expect(decode(f)).toMatchObject({ ok: true, scenario: SCENARIOS[i] }));
  });

  it('truncated links (either end, with or without #) are refused', () => {
    fc.assert(
      fc.property(which, fc.nat(), fc.boolean(), fc.boolean(), (i, cut, fromEnd, hash) => {
        const f = FRAGMENTS[i]!;
        const n = cut % f.length;
        const part = fromEnd ? f.slice(f.length - n) : f.slice(0, n);
        const result = decode(hash ? `#${part}` : part);
        expect(result.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('bit flips, character changes, insertions, deletions and swaps are refused', () => {
    const edit = fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 15 }), char: fc.constantFrom(...ALPHABET), kind: fc.constantFrom('flip', 'replace', 'insert', 'delete', 'swap') });
    fc.assert(
      fc.property(which, fc.array(edit, { minLength: 1, maxLength: 5 }), (i, edits) => {
        let f = FRAGMENTS[i]!;
        for (const { at, bit, char, kind } of edits) {
          const k = at % f.length;
          if (kind === 'flip') f = f.slice(0, k) + String.fromCharCode(f.charCodeAt(k) ^ (1 << bit)) + f.slice(k + 1);
          else if (kind === 'replace') f = f.slice(0, k) + char + f.slice(k + 1);
          else if (kind === 'insert') f = f.slice(0, k) + char + f.slice(k);
          else if (kind === 'delete') f = f.slice(0, k) + f.slice(k + 1);
          else if (k + 1 < f.length) f = f.slice(0, k) + f[k + 1]! + f[k]! + f.slice(k + 2);
        }
        refusedOrSame(i, f);
      }),
      RUNS,
    );
  });

  it('random fragments, and random payloads with a correct checksum, are refused or open a valid scenario', () => {
    const payload = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'), maxLength: 400 }), fc.json({ maxDepth: 3 }).map(compressToEncodedURIComponent));
    const fragment = fc.oneof(
      fc.string({ maxLength: 300 }),
      payload.map((p) => `s1.${p}`),
      payload.map((p) => `s1.${hex8(crc32(p))}.${p}`), // passes the checksum: parseScenario decides
      fc.tuple(fc.nat(), payload).map(([v, p]) => `s${v}.${hex8(crc32(p))}.${p}`),
      fc.tuple(which, which).map(([a, b]) => `${FRAGMENTS[a]!.slice(0, 12)}${FRAGMENTS[b]!.slice(12)}`), // one link's checksum on another's payload
    );
    fc.assert(
      fc.property(fragment, (f) => {
        const result = decode(f);
        // A hand-made link that passes every check must still be a whole valid scenario.
        if (result.ok) expect(parseScenario(JSON.parse(JSON.stringify(result.scenario))).ok).toBe(true);
      }),
      RUNS,
    );
  });
});
