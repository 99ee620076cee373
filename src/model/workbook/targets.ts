import type { Worksheet } from 'exceljs';
import { cellRef, sheetRef } from './a1';
import { ANNUAL, annualRow } from './annual';
import type { AssumptionRefs } from './assumptions';
import { resolveMetric } from '../targets';
import { YEARS, type Scenario, type TargetResult } from '../types';
import { fitColumns, freezeAndPrintTitles, setFormula, writeHeader } from './sheet-style';

// Sheet "Targets": each target (MODEL.md, "A target") with its value, a formula over Annual or
// Assumptions, and whether it is met, a formula over the value and the bounds (within the app's
// relative 1e-9, so a formula landing on 0.0899999999 for a 9 % goal is not missed).

const HEADER = ['metric', 'year', 'min', 'max', 'value', 'met'];

/** Fills the Targets sheet: `met` is "met", "missed", or "" where the value is not computable. */
export function writeTargets(sheet: Worksheet, scenario: Scenario, results: readonly TargetResult[], annualColumns: ReadonlyMap<string, number>, assumptions: AssumptionRefs): void {
  writeHeader(sheet, 1, HEADER);
  const planIds = scenario.plans.map((p) => p.id);
  results.forEach((target, k) => {
    const row = k + 2;
    sheet.getRow(row).values = [target.metric, target.year, target.min ?? '', target.max ?? ''];
    const ref = resolveMetric(target.metric, planIds);
    const y = target.year - scenario.startYear;
    let value = '""';
    if (ref && y >= 0 && y < YEARS) {
      if (ref.kind === 'annual') value = sheetRef(ANNUAL, annualRow(y), annualColumns.get(ref.key)!);
      else value = assumptions.cell(ref.kind === 'driver' ? ref.key : `${ref.field}_${planIds[ref.planIndex]}`, y);
    }
    // Annual and Assumptions give "" for an undefined figure; the value follows them.
    setFormula(sheet, row, 5, `IF(${value}="","",${value})`, target.value ?? '');
    const v = cellRef(row, 5);
    const bound = (col: number, op: '>=' | '<=', sign: '-' | '+') => {
      const b = cellRef(row, col);
      return `OR(${b}="",${v}${op}${b}${sign}0.000000001*MAX(1,ABS(${b})))`;
    };
    const met = target.met === null ? '' : target.met ? 'met' : 'missed';
    setFormula(sheet, row, 6, `IF(${v}="","",IF(AND(${bound(3, '>=', '-')},${bound(4, '<=', '+')}),"met","missed"))`, met);
  });
  fitColumns(sheet, HEADER, 1, 12);
  sheet.getColumn(1).width = 22;
  freezeAndPrintTitles(sheet, 1, 1);
}
