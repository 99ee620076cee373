import * as v from 'valibot';
import { isFixedZero, parseRowName, rowBounds, type RowRef } from './inputs';
import { YEARS, type Problem, type Scenario, type Uncertainty } from './types';

// The optional `uncertainty` field of a scenario file (README, "Uncertainty"): ranges that
// Monte Carlo runs draw from. Its shape is checked with the rest of the file (schema.ts); the
// rules that need the plans (rows that exist, values in range) are checked here.

const finite = v.pipe(v.number('must be a finite number'), v.finite('must be a finite number'));

/** The shape of the field: a list of `{ row, year?, low, mode, high, relative? }`; unknown keys kept. */
export const uncertaintySchema = v.array(
  v.looseObject({
    row: v.pipe(v.string('must be text'), v.nonEmpty('must not be empty')),
    year: v.optional(v.pipe(v.number('must be a year'), v.integer('must be a whole year'))),
    low: finite,
    mode: finite,
    high: finite,
    relative: v.optional(v.boolean('must be true or false')),
  }),
  'must be a list of ranges',
);

/** An entry whose row and year are known: what a Monte Carlo run draws from. */
export interface ResolvedUncertainty {
  entry: Uncertainty;
  /** Position in the scenario's list. */
  index: number;
  row: RowRef;
  /** Year index, or null for every year. */
  y: number | null;
}

const pct = (x: number) => `${Number((x * 100).toPrecision(12))} %`;

/**
 * Validates the uncertainty ranges (README): a known row, not one fixed at 0; a year in the
 * projection; low <= mode <= high; relative multiples not negative; absolute values in the
 * row's valid range (MODEL.md); one range per row and year.
 */
export function validateUncertainty(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  const planIds = scenario.plans.map((p) => p.id);
  const seen = new Map<string, number>();
  (scenario.uncertainty ?? []).forEach((u, i) => {
    const place = `Uncertainty range ${i + 1} (${u.row}${u.year === undefined ? '' : ` ${u.year}`})`;
    const add = (field: string | null, message: string) => problems.push({ place, message, path: field ? ['uncertainty', i, field] : ['uncertainty', i] });
    const row = parseRowName(u.row, planIds);
    if (!row) { add('row', `unknown row "${u.row}": use a driver (e.g. visitorToTrial) or a plan row (e.g. churn_${planIds[0]})`); return; }
    if (isFixedZero(row, scenario.plans.length)) { add('row', 'is always 0 (no upgrade from the top plan, no downgrade from the bottom one), so it cannot carry a range'); return; }
    const last = scenario.startYear + YEARS - 1;
    if (u.year !== undefined && (u.year < scenario.startYear || u.year > last)) add('year', `must be between ${scenario.startYear} and ${last}, or left out for every year`);
    if (!(u.low <= u.mode && u.mode <= u.high)) add(null, `low (${u.low}), most likely (${u.mode}) and high (${u.high}) must be in order: low <= most likely <= high`);
    if (u.relative) {
      if (u.low < 0) add('low', `a relative range is a multiple of the cell's value and must not be negative (is ${u.low})`);
    } else {
      const { min, max } = rowBounds(row, scenario.plans.length);
      const rate = max === 1;
      for (const field of ['low', 'mode', 'high'] as const) {
        const x = u[field];
        if (rate && (x < 0 || x > 1)) add(field, `must be between 0 % and 100 % (is ${pct(x)})`);
        else if (!rate && x < min) add(field, min > 0 ? 'must be more than 0 (cost per visitor)' : 'must not be negative');
      }
    }
    const key = `${u.row}@${u.year ?? '*'}`;
    const first = seen.get(key);
    if (first !== undefined) add('row', `range ${first + 1} already covers this row and year: keep one of them`);
    else seen.set(key, i);
  });
  return problems;
}

/**
 * The entries a Monte Carlo run uses, in file order. A range for one year replaces the row's
 * every-year range in that year. Call on a scenario that passed validateUncertainty.
 */
export function resolveUncertainty(scenario: Scenario): ResolvedUncertainty[] {
  const planIds = scenario.plans.map((p) => p.id);
  const out: ResolvedUncertainty[] = [];
  (scenario.uncertainty ?? []).forEach((entry, index) => {
    const row = parseRowName(entry.row, planIds);
    if (!row) return;
    out.push({ entry, index, row, y: entry.year === undefined ? null : entry.year - scenario.startYear });
  });
  return out;
}

/**
 * Starting ranges a planner can edit (relative, triangular): the funnel and costs per driver, and
 * each plan's churn. On the three-plan baseline that is 10 inputs, the benchmark's case.
 */
export function typicalRanges(scenario: Pick<Scenario, 'plans'>): Uncertainty[] {
  const r = (row: string, low: number, high: number): Uncertainty => ({ row, low, mode: 1, high, relative: true });
  return [
    r('marketingBudget', 0.9, 1.05),
    r('visitorAcquisitionCost', 0.85, 1.3),
    r('visitorToTrial', 0.8, 1.15),
    r('trialToPaid', 0.8, 1.15),
    r('cogsPercent', 0.9, 1.2),
    r('salesMarketingOverhead', 0.9, 1.2),
    r('operatingExpenses', 0.9, 1.15),
    ...scenario.plans.map((p) => r(`churn_${p.id}`, 0.8, 1.3)),
  ];
}
