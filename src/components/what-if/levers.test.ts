import { expect, it } from 'vitest';
import { parseScenario } from '../../model/parse-scenario';
import { baselineScenario } from '../../state/scenario-slice';
import { applyLever, leverValue, leversFor } from './levers';

const base = baselineScenario();
const lever = (id: string) => leversFor(base).find((l) => l.id === id)!;

it('offers the funnel, each plan\'s churn and the top plan\'s mix', () => {
  expect(leversFor(base).map((l) => l.label)).toEqual([
    'Visitor acquisition cost', 'Visitor-to-trial', 'Trial-to-paid', 'Starter churn', 'Growth churn', 'Pro churn', 'Pro mix',
  ]);
});

it('sets one year\'s cell and nothing else', () => {
  const s = applyLever(base, lever('t2p'), 1, 0.3);
  expect(s.drivers.trialToPaid).toEqual([0.2, 0.3, 0.275, 0.3125, 0.35]);
});

it('across all years shifts rates by the same points and scales costs in proportion', () => {
  // trial-to-paid 20 % -> 25 %: +5 points each year.
  const t = applyLever(base, lever('t2p'), 'all', 0.25);
  expect(t.drivers.trialToPaid).toEqual([0.25, 0.2875, 0.325, 0.3625, 0.4]);
  expect(leverValue(t, lever('t2p'), 'all')).toBe(0.25);
  // visitor cost $8 -> $10: x1.25, so $8.25 -> $10.3125 ... $9 -> $11.25.
  const v = applyLever(base, lever('vac'), 'all', 10);
  expect(v.drivers.visitorAcquisitionCost).toEqual([10, 10.3125, 10.625, 10.9375, 11.25]);
});

it('leaves formula cells to follow', () => {
  const f = { ...base, drivers: { ...base.drivers, visitorToTrial: [0.06, '=prev + 0.01', 0.075, 0.0825, 0.09] } };
  const s = applyLever(f, lever('v2t'), 'all', 0.08);
  expect(s.drivers.visitorToTrial).toEqual([0.08, '=prev + 0.01', 0.095, 0.1025, 0.11]);
});

it('moves the Pro mix and rebalances Starter and Growth so every year is 100 %', () => {
  // 2026: Pro 10 % -> 20 %; Starter and Growth share 80 % as 60:30 -> 53.33 % and 26.67 %.
  const s = applyLever(base, lever('mix:pro'), 0, 0.2);
  expect(s.plans[2]!.mix[0]).toBe(0.2);
  expect(s.plans[0]!.mix[0]).toBeCloseTo(0.8 * 2 / 3, 9);
  expect(s.plans[1]!.mix[0]).toBeCloseTo(0.8 / 3, 9);
  expect(parseScenario(s).ok).toBe(true);
  const all = applyLever(base, lever('mix:pro'), 'all', 0.3);
  expect(all.plans[2]!.mix).toEqual([0.3, 0.325, 0.35, 0.375, 0.4]);
  expect(parseScenario(all).ok).toBe(true);
});
