import * as v from 'valibot';
import { DRIVER_KEYS, MAX_PLANS, YEARS, type DriverKey } from './types';
import { uncertaintySchema } from './uncertainty';

// The shape of a scenario file (MODEL.md, "Scenario file"). Value rules that need formulas
// evaluated first (ranges, mix sums) live in validate.ts. Loose objects keep unknown fields.

const finite = (what = 'must be a finite number') => v.pipe(v.number(what), v.finite(what));

/** A cell: a finite number, or a formula (text starting with =). */
export const isCell = (x: unknown): x is number | string =>
  typeof x === 'number' ? Number.isFinite(x) : typeof x === 'string' && x.startsWith('=');
const cellMessage = (x: unknown): string =>
  typeof x === 'number' ? 'must be a finite number'
    : typeof x === 'string' ? 'a text cell must be a formula starting with ='
      : 'must be a number or a formula starting with =';
// One custom check per cell instead of a union of two pipes: every edit re-checks ~140 cells.
const cell = v.custom<number | string>(isCell, (issue) => cellMessage(issue.input));

const row = v.pipe(
  v.array(cell, `must be a list of ${YEARS} cells, one per year`),
  v.check((cells) => cells.length === YEARS, (issue) => `must have exactly ${YEARS} cells, one per year (found ${(issue.input as unknown[]).length})`),
);

const drivers = v.looseObject(
  Object.fromEntries(DRIVER_KEYS.map((key) => [key, row])) as Record<DriverKey, typeof row>,
  'must be an object of driver rows',
);

const plan = v.looseObject({
  id: v.pipe(v.string('must be text'), v.regex(/^[A-Za-z0-9_]+$/, 'must be letters, digits or _ (e.g. pro)')),
  name: v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty')),
  initialCustomers: v.pipe(finite(), v.minValue(0, 'must not be negative')),
  price: row,
  mix: row,
  churn: row,
  upgrade: row,
  downgrade: row,
});

const target = v.looseObject({
  metric: v.pipe(v.string('must be text'), v.nonEmpty('must not be empty')),
  year: v.pipe(v.number('must be a year'), v.integer('must be a whole year')),
  min: v.optional(finite()),
  max: v.optional(finite()),
});

export const scenarioSchema = v.looseObject({
  schemaVersion: v.literal(2, 'must be 1 or 2'),
  name: v.pipe(v.string('must be text'), v.nonEmpty('must not be empty')),
  description: v.optional(v.string('must be text')),
  currency: v.optional(v.pipe(v.string('must be text'), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD or EUR')), 'USD'),
  startYear: v.optional(v.pipe(finite('must be a year'), v.integer('must be a whole year'), v.minValue(1900, 'must be 1900 or later'), v.maxValue(2200, 'must be 2200 or earlier')), 2026),
  startingCash: finite(),
  drivers,
  plans: v.pipe(
    v.array(plan, 'must be a list of plans'),
    v.minLength(1, 'must hold at least one plan'),
    v.maxLength(MAX_PLANS, `must hold at most ${MAX_PLANS} plans`),
  ),
  targets: v.optional(v.array(target, 'must be a list of targets'), () => []),
  uncertainty: v.optional(uncertaintySchema),
  // Funding and actuals are checked entry by entry in validate-funding.ts and validate-actuals.ts,
  // whose messages name the round or the month and the figure.
  funding: v.optional(v.unknown()),
  actuals: v.optional(v.unknown()),
});
