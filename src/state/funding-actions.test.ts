import { describe, expect, it } from 'vitest';
import { baselineWith } from '../model/test-scenarios';
import type { Scenario } from '../model/types';
import { addRound, editRound, removeRound, roundProblems } from './funding-actions';

const base = (): Scenario => baselineWith().scenario; // startYear 2026: the projection is 2026-01..2030-12

function ok(r: ReturnType<typeof addRound>): Scenario {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}

describe('funding round edits', () => {
  it('adds rounds in month order and drops an empty name', () => {
    let s = ok(addRound(base(), { month: '2028-03', amount: 5e6, name: 'Series A' }));
    s = ok(addRound(s, { month: '2027-01', amount: 1e6, name: '  ' }));
    expect(s.funding).toEqual([{ month: '2027-01', amount: 1e6 }, { month: '2028-03', amount: 5e6, name: 'Series A' }]);
  });

  it('refuses a month outside the projection and an amount of 0 in words, changing nothing', () => {
    const s = base();
    const late = addRound(s, { month: '2031-01', amount: 1e6 });
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.problems.month).toMatch(/2031-01 is outside the projection 2026-01\.\.2030-12/);
    const zero = addRound(s, { month: '2027-01', amount: 0 });
    expect(zero.ok).toBe(false);
    if (!zero.ok) expect(zero.problems.amount).toMatch(/more than 0/);
    expect(s.funding).toBeUndefined();
  });

  it('edits one field of a round, refusing a bad edit and keeping the round', () => {
    const s = ok(addRound(base(), { month: '2028-03', amount: 5e6 }));
    const edited = ok(editRound(s, 0, { amount: 6e6, name: 'Series A' }));
    expect(edited.funding).toEqual([{ month: '2028-03', amount: 6e6, name: 'Series A' }]);
    const bad = editRound(edited, 0, { month: '2025-12' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.month).toMatch(/outside the projection/);
    expect(edited.funding![0]!.month).toBe('2028-03');
  });

  it('removing the last round leaves the scenario as it was before the first was added', () => {
    const s = base();
    const back = removeRound(ok(addRound(s, { month: '2027-06', amount: 2e6 })), 0);
    expect('funding' in back).toBe(false);
    expect(back).toEqual(s);
  });

  it('names every problem of a round by field', () => {
    expect(roundProblems({ month: 'March', amount: -1 }, 2026)).toEqual({
      month: expect.stringMatching(/YYYY-MM/) as unknown as string,
      amount: expect.stringMatching(/more than 0/) as unknown as string,
    });
    expect(roundProblems({ month: '2030-12', amount: 1 }, 2026)).toEqual({});
  });
});
