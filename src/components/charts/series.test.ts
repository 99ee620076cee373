import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { project } from '../../model/engine';
import { parseScenario } from '../../model/parse-scenario';
import { extent, funnel, mrrBridge, planMix, pointsOf } from './series';

function baseline() {
  const parsed = parseScenario(JSON.parse(readFileSync(new URL('../../../scenarios/crm-baseline.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('baseline does not parse');
  return project(parsed.values);
}
const p = baseline();

describe('mrrBridge', () => {
  it('starts 2026 at zero (no initial customers) and ends each year at December MRR', () => {
    const b = mrrBridge(p);
    expect(b[0]!.start).toBe(0);
    for (let y = 0; y < 5; y++) expect(b[y]!.end).toBe(p.monthly.mrr[y * 12 + 11]);
    // Next year's start is this year's December: startMrr is last month's mrr.
    for (let y = 1; y < 5; y++) expect(b[y]!.start).toBeCloseTo(b[y - 1]!.end, 6);
  });

  it('adds up: end = start + new + expansion - contraction - churn', () => {
    for (const b of mrrBridge(p)) expect(b.start + b.newMrr + b.expansion - b.contraction - b.churn).toBeCloseTo(b.end, 6);
  });

  it('is computed once per projection', () => {
    expect(mrrBridge(p)).toBe(mrrBridge(p));
  });
});

describe('funnel', () => {
  it('matches MODEL.md year 2026: 25,000 visitors, 1,500 trials (6 %), 300 new customers (20 %)', () => {
    const f = funnel(p)[0]!;
    expect(f.visitors).toBeCloseTo(25_000, 6);
    expect(f.trials).toBeCloseTo(1_500, 6);
    expect(f.newCustomers).toBeCloseTo(300, 6);
    expect(f.visitorToTrial).toBeCloseTo(0.06, 12);
    expect(f.trialToPaid).toBeCloseTo(0.2, 12);
  });
});

describe('planMix and points', () => {
  it('month 0 mix is 15 / 7.5 / 2.5 of 25 customers (MODEL.md): 60 %, 30 %, 10 %', () => {
    const mix = planMix(p);
    expect(mix[0]![0]).toBeCloseTo(0.6, 12);
    expect(mix[1]![0]).toBeCloseTo(0.3, 12);
    expect(mix[2]![0]).toBeCloseTo(0.1, 12);
  });

  it('gives each series as points once, with nulls kept (the line breaks there)', () => {
    const series = [null, 1, 2];
    expect(pointsOf(series)).toEqual([{ i: 0, v: null }, { i: 1, v: 1 }, { i: 2, v: 2 }]);
    expect(pointsOf(series)).toBe(pointsOf(series));
  });
});

describe('extent', () => {
  it('ignores nulls, includes zero by default and never returns an empty domain', () => {
    expect(extent([[null, 2, 5], [3, null]])).toEqual([0, 5]);
    expect(extent([[0.9, 1.1, null]], false)).toEqual([0.9, 1.1]);
    expect(extent([[null, null]])).toEqual([0, 1]);
    expect(extent([[0, 0]])).toEqual([0, 1]);
    expect(extent([[4, 4]], false)).toEqual([3.6, 4.4]);
  });
});
