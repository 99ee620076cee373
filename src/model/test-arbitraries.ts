// Random valid scenario files for property tests (not shipped: only *.test.ts import it): every
// rule of MODEL.md's validation holds by construction; some cells are `=prev` formulas.
import fc from 'fast-check';
import { DRIVER_KEYS, MAX_PLANS, YEARS, type Cell, type DriverKey, type Scenario } from './types';

export const rate = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));
export const money = (max: number) => fc.oneof(fc.constant(0), fc.double({ min: 0, max, noNaN: true }));
export const five = <T,>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: YEARS, maxLength: YEARS });
/** A row as a file holds it: after the first year, a cell is sometimes `=prev` (same value). */
const asCells = (row: number[], formulas: boolean[]): Cell[] => row.map((x, y) => (y > 0 && formulas[y] && row[y - 1] === x ? '=prev' : x));

const rawPlan = fc.record({ initialCustomers: money(1e5), price: five(money(1e4)), mixWeight: five(money(1)), churn: five(rate), upgrade: five(rate), downgrade: five(rate) });
const DRIVER_ARBS: Record<DriverKey, fc.Arbitrary<number>> = {
  marketingBudget: money(1e8),
  visitorAcquisitionCost: fc.double({ min: 1e-2, max: 1e3, noNaN: true }),
  visitorToTrial: rate,
  trialToPaid: rate,
  cogsPercent: rate,
  cogsPerCustomer: money(1e3),
  salesMarketingOverhead: money(1e7),
  operatingExpenses: money(1e7),
};

/** A random valid scenario file: mix normalised per year, movements scaled to sum to at most 1. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    startYear: fc.integer({ min: 2000, max: 2100 }),
    startingCash: fc.double({ min: -1e9, max: 1e9, noNaN: true }),
    drivers: fc.record(Object.fromEntries(DRIVER_KEYS.map((k) => [k, five(DRIVER_ARBS[k])])) as Record<DriverKey, fc.Arbitrary<number[]>>),
    plans: fc.array(rawPlan, { minLength: 1, maxLength: MAX_PLANS }),
    formulas: five(fc.boolean()),
  })
  .map(({ startYear, startingCash, drivers, plans, formulas }) => {
    const P = plans.length;
    const rows = plans.map(() => ({ mix: [] as number[], churn: [] as number[], upgrade: [] as number[], downgrade: [] as number[] }));
    for (let y = 0; y < YEARS; y++) {
      const total = plans.reduce((s, p) => s + p.mixWeight[y]!, 0);
      plans.forEach((p, i) => {
        // The last plan takes the rest, so that the year's mix sums to 1 within rounding.
        const before = rows.slice(0, i).reduce((s, r) => s + r.mix[y]!, 0);
        rows[i]!.mix[y] = total > 0 ? (i === P - 1 ? Math.max(0, 1 - before) : p.mixWeight[y]! / total) : i === 0 ? 1 : 0;
        const up = i < P - 1 ? p.upgrade[y]! : 0;
        const down = i > 0 ? p.downgrade[y]! : 0;
        const sum = p.churn[y]! + up + down;
        const k = sum > 1 ? 1 / sum / (1 + 1e-12) : 1;
        rows[i]!.churn[y] = p.churn[y]! * k;
        rows[i]!.upgrade[y] = up * k;
        rows[i]!.downgrade[y] = down * k;
      });
    }
    return {
      schemaVersion: 2,
      name: 'Random',
      currency: 'USD',
      startYear,
      startingCash,
      drivers: Object.fromEntries(DRIVER_KEYS.map((k) => [k, asCells(drivers[k], formulas)])) as Record<DriverKey, Cell[]>,
      plans: plans.map((p, i) => ({
        id: `plan_${i}`,
        name: `Plan ${i}`,
        initialCustomers: p.initialCustomers,
        price: asCells(p.price, formulas),
        mix: rows[i]!.mix,
        churn: rows[i]!.churn,
        upgrade: rows[i]!.upgrade,
        downgrade: rows[i]!.downgrade,
      })),
      targets: [],
    } satisfies Scenario;
  });

