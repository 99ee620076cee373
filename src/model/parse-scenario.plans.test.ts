// parseScenario against MODEL.md, "Scenario file" and its Validation
// paragraph, the rules on plans (ids, the top and bottom tiers, one to six plans) and on targets.
// Each case starts from the seed file (which is valid) and changes only what it tests.
import { describe, expect, it } from 'vitest';
import baseline from '../../scenarios/crm-baseline.json';
import { formatProblem, parseScenario } from './parse-scenario';
import { problemsOf, REMOVE, seedWith, type Json } from './test-seed-file';

describe('plans', () => {
  it('duplicate ids are refused on the second plan, and only that is reported', () => {
    // The file's other cells are all valid (Starter's downgrade is 0, every year's mix sums to 1),
    // so the duplicate id is the one problem a user should read.
    expect(problemsOf(seedWith([['plans', 1, 'id'], 'starter']))).toEqual([
      'Growth plan, id: "starter" is already the id of plan 1: plan ids must be unique',
    ]);
  });

  it('an id with other characters than letters, digits and _ is refused', () => {
    expect(problemsOf(seedWith([['plans', 2, 'id'], 'pro plan']))).toEqual(['Pro plan, id: must be letters, digits or _ (e.g. pro)']);
  });

  it('upgrade on the top plan must be 0', () => {
    expect(problemsOf(seedWith([['plans', 2, 'upgrade', 0], 0.01]))).toEqual(['Pro plan, upgrade, 2026: must be 0 on the top plan: there is no higher tier']);
  });

  it('downgrade on the bottom plan must be 0', () => {
    expect(problemsOf(seedWith([['plans', 0, 'downgrade', 4], 0.01]))).toEqual([
      'Starter plan, downgrade, 2030: must be 0 on the bottom plan: there is no lower tier',
    ]);
  });

  it('no plan is refused', () => {
    expect(problemsOf(seedWith([['plans'], []]))).toEqual(['plans: must hold at least one plan']);
  });

  /** n plans, mix 0.5 on the first and the rest shared evenly, no moves out of the ends. */
  function plans(n: number): Json[] {
    const base = (baseline.plans[1] as unknown) as Json;
    return Array.from({ length: n }, (_, i) => ({
      ...structuredClone(base),
      id: `tier${i}`,
      name: `Tier ${i}`,
      mix: Array(5).fill(i === 0 ? (n === 1 ? 1 : 0.5) : 0.5 / (n - 1)),
      upgrade: Array(5).fill(i === n - 1 ? 0 : 0.01),
      downgrade: Array(5).fill(i === 0 ? 0 : 0.005),
    }));
  }

  it('one plan is enough, and so are six', () => {
    const one = parseScenario(seedWith([['plans'], plans(1)], [['targets'], []]));
    expect(one.ok ? [] : one.problems.map(formatProblem)).toEqual([]);
    const six = parseScenario(seedWith([['plans'], plans(6)], [['targets'], []]));
    expect(six.ok ? [] : six.problems.map(formatProblem)).toEqual([]);
  });

  it('seven plans are refused', () => {
    expect(problemsOf(seedWith([['plans'], plans(7)], [['targets'], []]))).toEqual(['plans: must hold at most 6 plans']);
  });
});

describe('targets', () => {
  // The seed's targets[0] is { metric: visitorToTrial, year: 2030, min: 0.09 }.
  it('a target without min or max is refused', () => {
    expect(problemsOf(seedWith([['targets', 0, 'min'], REMOVE]))).toEqual(['Target 1 (visitorToTrial 2030): needs a min, a max or both']);
  });

  it('an unknown metric is refused, with examples of known ones', () => {
    expect(problemsOf(seedWith([['targets', 0, 'metric'], 'happiness']))).toEqual([
      'Target 1 (happiness 2030): unknown metric "happiness": use an annual figure (e.g. nrr), a driver (e.g. visitorToTrial) or a plan row (e.g. mix_pro)',
    ]);
  });

  it('a plan row of a plan that does not exist is an unknown metric', () => {
    const [line] = problemsOf(seedWith([['targets', 4, 'metric'], 'mix_enterprise']));
    expect(line).toMatch(/^Target 5 \(mix_enterprise 2030\): unknown metric "mix_enterprise"/);
  });

  it.each([2025, 2031])('year %d, outside the projection, is refused', (year) => {
    expect(problemsOf(seedWith([['targets', 2, 'year'], year]))).toEqual([`Target 3 (cac ${year}): year must be between 2026 and 2030`]);
  });

  it('the projection follows startYear', () => {
    // startYear 2030 projects 2030..2034, so the seed's 2026 cac target is outside it
    expect(problemsOf(seedWith([['startYear'], 2030]))).toEqual(['Target 3 (cac 2026): year must be between 2030 and 2034']);
  });

  it('min above max is refused', () => {
    expect(problemsOf(seedWith([['targets', 1, 'max'], 0.3]))).toEqual(['Target 2 (trialToPaid 2030): min (0.35) must not exceed max (0.3)']);
  });

  it('a target without a metric is missing one', () => {
    expect(problemsOf(seedWith([['targets', 0, 'metric'], REMOVE]))).toEqual(['Target 1, metric: is missing']);
  });
});
