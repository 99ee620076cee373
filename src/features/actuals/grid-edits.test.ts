import { expect, it } from 'vitest';
import { baselineScenario } from '../../state/scenario-slice';
import { actualColumns } from './columns';
import { clearActuals, copyActuals, pasteActuals, typedActual } from './grid-edits';

const cols = actualColumns(baselineScenario().plans);
const col = (key: string) => cols.findIndex((c) => c.key === key);
const months = [{ month: '2026-01', visitors: 2000, nrr: 1.04, customersByPlan: { starter: 15, growth: 7, pro: 2 } }];

it('has one column per figure the contract allows, customers one per plan', () => {
  expect(cols.map((c) => c.key)).toEqual([
    'marketingSpend', 'visitors', 'trials', 'newCustomers', 'churnedCustomers', 'customers_starter', 'customers_growth', 'customers_pro',
    'mrr', 'newMrr', 'expansionMrr', 'contractionMrr', 'churnedMrr', 'cogs', 'salesMarketingOverhead', 'operatingExpenses', 'cash', 'nrr',
  ]);
});

it('reads typing in the unit shown: money with signs and K, NRR in percent; empty clears; formulas refused', () => {
  expect(typedActual('$16.5K', cols[col('marketingSpend')]!)).toEqual({ ok: true, value: 16500 });
  expect(typedActual('104', cols[col('nrr')]!)).toEqual({ ok: true, value: 1.04 });
  expect(typedActual('', cols[col('visitors')]!)).toEqual({ ok: true, value: undefined });
  expect(typedActual('=prev', cols[col('visitors')]!)).toEqual({ ok: false, message: 'an actual figure is a number: formulas are for the assumptions' });
  expect(typedActual('lots', cols[col('visitors')]!).ok).toBe(false);
});

it('pastes a block from a spreadsheet from the active cell, refusing by name what it cannot read', () => {
  const r = col('visitors');
  const { edits, refused, covered } = pasteActuals([['2000', '120'], ['2,100', 'n/a'], ['', '130']], { top: 0, bottom: 0, left: r, right: r }, cols, 12, (m) => `month ${m}`);
  expect(edits).toEqual([
    { m: 0, figure: 'visitors', value: 2000 }, { m: 0, figure: 'trials', value: 120 },
    { m: 1, figure: 'visitors', value: 2100 },
    { m: 2, figure: 'visitors', value: undefined }, { m: 2, figure: 'trials', value: 130 },
  ]);
  expect(refused).toEqual([expect.stringMatching(/^Trials, month 1: "n\/a" is not a number/)]);
  expect(covered).toEqual({ top: 0, left: r, bottom: 2, right: r + 1 });
});

it('Delete clears the given figures of a range; copy gives them in their unit', () => {
  const range = { top: 0, bottom: 1, left: col('visitors'), right: col('trials') };
  expect(clearActuals(range, cols, months)).toEqual([{ m: 0, figure: 'visitors', value: undefined }]);
  expect(copyActuals({ top: 0, bottom: 0, left: col('customers_pro'), right: col('mrr') }, cols, months)).toEqual([['2', '']]);
  expect(copyActuals({ top: 0, bottom: 0, left: col('nrr'), right: col('nrr') }, cols, months)).toEqual([['104%']]);
});
