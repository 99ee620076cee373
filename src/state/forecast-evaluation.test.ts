// The working evaluation of a scenario with actuals carries the forecast beside the plan, and the
// Forecast / Plan switch decides which the views get. Numbers from MODEL.md, worked by hand below.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../model/types';
import { evaluateScenario } from './evaluate';
import { inBasis, workingEvaluation } from './evaluation';
import { shippedScenario } from './shipped';
import { useStore } from './store';

const baseline = shippedScenario('crm-baseline')!;
// Two actual months. Jan: mrr $3,000, 20/8/2 customers; Feb: mrr $4,000, 40/15/5 customers.
const withActuals: Scenario = {
  ...baseline,
  name: 'With two actual months',
  actuals: [
    { month: '2026-01', mrr: 3000, newCustomers: 30, customersByPlan: { starter: 20, growth: 8, pro: 2 } },
    { month: '2026-02', mrr: 4000, customersByPlan: { starter: 40, growth: 15, pro: 5 } },
  ],
};
const now = () => workingEvaluation(useStore.getState());

beforeEach(() => {
  useStore.setState({ scenario: withActuals, lastGood: null, gestureStart: null, library: [], notices: [], basis: 'forecast', document: { entryId: null, fileName: null, saved: withActuals } });
  useStore.temporal.getState().clear();
});

describe('the evaluation with actuals', () => {
  it('carries the forecast: the actual months as given, then One month from the forecast\'s customers', () => {
    const e = evaluateScenario(withActuals);
    if (!e.ok) throw new Error('expected the scenario to compute');
    const f = e.forecast!;
    expect(f.lastActualMonth).toBe(1);
    expect(f.projection.monthly.mrr[0]).toBe(3000);
    expect(f.projection.monthly.mrr[1]).toBe(4000);
    // customers = sum of customersByPlan: 40 + 15 + 5 = 60 at the end of Feb.
    expect(f.projection.monthly.customers[1]).toBe(60);
    // Mar: startMrr = sum S_i x first-year price = 40 x 50 + 15 x 100 + 5 x 180 = 4,400.
    expect(f.projection.monthly.startMrr[2]).toBeCloseTo(4400, 9);
    // The plan stays the assumptions' own: Jan mrr = 15 x 50 + 7.5 x 100 + 2.5 x 180 = 1,950.
    expect(e.projection.monthly.mrr[0]).toBeCloseTo(1950, 9);
    // The targets are checked on the forecast's years: one result per target, the forecast's values.
    expect(f.targets).toHaveLength(baseline.targets.length);
    const cac = f.targets.find((t) => t.metric === 'cac')!;
    expect(cac.value).toBe(f.forecast.years[cac.year - 2026]!.cac);
    expect(cac.value).not.toBe(e.targets.find((t) => t.metric === 'cac')!.value);
  });

  it('a scenario without actuals has no forecast, and both bases show the plan', () => {
    const e = evaluateScenario(baseline);
    if (!e.ok) throw new Error('expected the scenario to compute');
    expect(e.forecast).toBeNull();
    useStore.setState({ scenario: baseline });
    const shown = now().shown!;
    expect(inBasis(shown, 'forecast')).toBe(shown);
    expect(inBasis(shown, 'forecast').showing).toBe('plan');
  });

  it('Forecast shows the forecast\'s figures and targets, Plan the plan\'s, the plan kept beside', () => {
    const shown = now().shown!;
    const forecast = inBasis(shown, 'forecast');
    expect(forecast.showing).toBe('forecast');
    expect(forecast.projection.monthly.mrr[0]).toBe(3000);
    expect(forecast.targets).toBe(shown.forecast!.targets);
    expect(forecast.plan.monthly.mrr[0]).toBeCloseTo(1950, 9);
    expect(inBasis(shown, 'forecast')).toBe(forecast); // one object: the deferred views see it unchanged
    const plan = inBasis(shown, 'plan');
    expect(plan.showing).toBe('plan');
    expect(plan.projection.monthly.mrr[0]).toBeCloseTo(1950, 9);
  });

  it('the switch is UI state: Forecast by default, Plan one action away, never an undo step', () => {
    expect(useStore.getState().basis).toBe('forecast');
    useStore.getState().setBasis('plan');
    expect(useStore.getState().basis).toBe('plan');
    expect(useStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('an invalid edit keeps the scenario\'s own last good forecast, marked not current', () => {
    useStore.getState().setCell({ kind: 'driver', key: 'trialToPaid', y: 0 }, 1.5);
    const shown = now().shown!;
    expect(shown.stale).toBe(true);
    expect(inBasis(shown, 'forecast').projection.monthly.mrr[1]).toBe(4000);
  });
});
