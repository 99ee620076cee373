import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../model/resolve';
import type { CellRef, Scenario } from '../../model/types';
import { baselineScenario } from '../../state/scenario-slice';
import { readCell } from './cell-values';
import { copyTexts, fillRightEdits, pasteEdits, restoreEdits } from './grid-edits';
import { gridLines } from './rows';

const s: Scenario = { ...baselineScenario(), drivers: { ...baselineScenario().drivers, visitorAcquisitionCost: [8, '=prev * 1.5', 8.5, 8.75, 9] } };
const { rows } = gridLines(s);
const row = (label: string) => rows.findIndex((r) => r.label === label);
const read = (ref: CellRef) => readCell(s, ref);
const values = resolveScenario(s).values;

describe('paste', () => {
  it('fills a row from a 5-value tab-separated row, each in its unit', () => {
    const r = row('Trial-to-paid');
    const { edits, refused, covered } = pasteEdits([['25%', '27.5', '30%', '32.5%', '35']], { top: r, bottom: r, left: 0, right: 0 }, rows, 2026);
    expect(refused).toEqual([]);
    expect(edits.map((e) => e.cell)).toEqual([0.25, 0.275, 0.3, 0.325, 0.35]);
    expect(covered).toEqual({ top: r, bottom: r, left: 0, right: 4 });
  });

  it('refuses by name what it cannot read, keeps the rest, and clips at the grid edge', () => {
    const r = row('Pro price');
    const { edits, refused } = pasteEdits([['200', 'abc', '220', '230', '240', '250']], { top: r, bottom: r, left: 1, right: 1 }, rows, 2026);
    expect(edits.map((e) => [e.ref.y, e.cell])).toEqual([[1, 200], [3, 220], [4, 230]]);
    expect(refused).toEqual([{ label: 'Pro price 2028', message: expect.stringMatching(/"abc" is not a number/) }]);
  });

  it('fills a whole selected range with one copied value', () => {
    const r = row('Starter churn');
    const { edits } = pasteEdits([['3%']], { top: r, bottom: r + 1, left: 0, right: 1 }, rows, 2026);
    expect(edits).toHaveLength(4);
    expect(new Set(edits.map((e) => e.cell))).toEqual(new Set([0.03]));
  });
});

it('fill right copies a value or a formula along the row', () => {
  const r = row('Visitor acquisition cost');
  expect(fillRightEdits({ top: r, bottom: r, left: 1, right: 1 }, rows, read).map((e) => [e.ref.y, e.cell])).toEqual([[2, '=prev * 1.5'], [3, '=prev * 1.5'], [4, '=prev * 1.5']]);
  expect(fillRightEdits({ top: r, bottom: r, left: 0, right: 2 }, rows, read).map((e) => e.cell)).toEqual([8, 8]);
});

it('Delete clears a formula to its value ($8 x 1.5 = $12) and restores a number\'s previous value', () => {
  const r = row('Visitor acquisition cost');
  const previous = (ref: CellRef) => (ref.y === 2 ? 7.5 : undefined);
  const edits = restoreEdits({ top: r, bottom: r, left: 0, right: 2 }, rows, read, values, () => false, previous);
  expect(edits.map((e) => [e.ref.y, e.cell])).toEqual([[1, 12], [2, 7.5]]);
  // A formula that cannot be evaluated has no value to keep: it gets its previous value back.
  const broken = restoreEdits({ top: r, bottom: r, left: 1, right: 1 }, rows, read, values, () => true, () => 8.25);
  expect(broken.map((e) => e.cell)).toEqual([8.25]);
});

it('copies values for other programs and formulas for the grid', () => {
  const r = row('Visitor acquisition cost');
  const t = copyTexts({ top: r, bottom: r + 1, left: 0, right: 1 }, rows, read, values);
  expect(t.plain).toEqual([['8', '12'], ['6%', '6.75%']]);
  expect(t.cells).toEqual([['8', '=prev * 1.5'], ['6%', '6.75%']]);
});
