import { describe, expect, it } from 'vitest';
import { actualChanges, mergeActuals, withActualFigures } from './merge';

const existing = [
  { month: '2026-01', visitors: 2000, mrr: 1800, customersByPlan: { a: 10 } },
  { month: '2026-02', visitors: 2100 },
];

it('merges an import figure by figure: its figures replace the month\'s, the rest stays', () => {
  const merged = mergeActuals(existing, [{ month: '2026-02', mrr: 3900 }, { month: '2026-03', visitors: 2200 }, { month: '2026-01', mrr: 1850 }]);
  expect(merged).toEqual([
    { month: '2026-01', visitors: 2000, mrr: 1850, customersByPlan: { a: 10 } },
    { month: '2026-02', visitors: 2100, mrr: 3900 },
    { month: '2026-03', visitors: 2200 },
  ]);
  expect(existing[0]!.mrr).toBe(1800); // the scenario's own list is left as it was
});

it('lists every figure that changes, with before and after', () => {
  const merged = mergeActuals(existing, [{ month: '2026-01', mrr: 1850, customersByPlan: { a: 11 } }, { month: '2026-03', visitors: 2200 }]);
  expect(actualChanges(existing, merged)).toEqual([
    { month: '2026-01', figure: 'mrr', before: 1800, after: 1850 },
    { month: '2026-01', figure: 'customers_a', before: 10, after: 11 },
    { month: '2026-03', figure: 'visitors', before: undefined, after: 2200 },
  ]);
  // Clearing: Jan visitors, mrr, customers_a; Feb visitors; Mar visitors.
  expect(actualChanges(merged, [])).toHaveLength(5);
});

describe('grid edits keep the months whole', () => {
  it('a value typed past the last month adds the months before it, empty', () => {
    const next = withActualFigures(existing, 2026, [{ m: 3, figure: 'visitors', value: 2300 }]);
    expect(next.map((e) => e.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(next[2]).toEqual({ month: '2026-03' });
    expect(next[3]).toEqual({ month: '2026-04', visitors: 2300 });
  });

  it('clearing drops months left empty at the end, and a plan\'s customers one by one', () => {
    const next = withActualFigures(existing, 2026, [{ m: 1, figure: 'visitors', value: undefined }, { m: 0, figure: 'customers_a', value: undefined }]);
    expect(next).toEqual([{ month: '2026-01', visitors: 2000, mrr: 1800 }]);
    expect(existing[0]!.customersByPlan).toEqual({ a: 10 }); // the scenario's own list is left as it was
  });
});
