import { COMPARE_KPIS, type Parsed } from './compare';
import { project } from './engine';
import { formatProblem, parseScenario } from './parse-scenario';
import { DRIVER_LABELS, PLAN_ROW_LABELS, planLabel, planPlace } from './places';
import { DRIVER_KEYS, PLAN_ROW_KEYS, YEARS, type AnnualFigure, type Plan, type Projection, type Scenario } from './types';

// Which changed input explains the difference: take the old scenario, apply one changed input
// (a whole row) from the new one, project, and measure the move in each last-year KPI. What the
// single effects do not add up to is the interaction between inputs, shown as such.

/** A changed input: a row (or the plan mix, whose rows must move together to sum to 1). */
export interface ChangedInput {
  label: string;
  apply: (s: Scenario) => Scenario;
}

const sameRow = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function withPlanField(s: Scenario, index: number, field: keyof Plan, value: unknown): Scenario {
  const plans = s.plans.slice();
  plans[index] = { ...plans[index]!, [field]: value };
  return { ...s, plans };
}

/** The inputs that differ, one per row; the mix rows of all plans count as one input ("Plan mix"). */
export function changedInputs(old: Scenario, nu: Scenario): ChangedInput[] {
  const out: ChangedInput[] = [];
  if (old.startingCash !== nu.startingCash) out.push({ label: 'Starting cash', apply: (s) => ({ ...s, startingCash: nu.startingCash }) });
  // Funding rounds move together (a round moved from one month to another is one change).
  if (JSON.stringify(old.funding ?? []) !== JSON.stringify(nu.funding ?? [])) out.push({ label: 'Funding', apply: (s) => ({ ...s, funding: nu.funding }) });
  for (const key of DRIVER_KEYS) {
    if (!sameRow(old.drivers[key], nu.drivers[key])) {
      out.push({ label: DRIVER_LABELS[key], apply: (s) => ({ ...s, drivers: { ...s.drivers, [key]: nu.drivers[key] } }) });
    }
  }
  if (nu.plans.some((p, i) => !sameRow(p.mix, old.plans[i]!.mix))) {
    out.push({ label: 'Plan mix', apply: (s) => nu.plans.reduce((acc, p, i) => withPlanField(acc, i, 'mix', p.mix), s) });
  }
  nu.plans.forEach((p, i) => {
    const o = old.plans[i]!;
    const label = planPlace(planLabel(nu, i));
    if (o.initialCustomers !== p.initialCustomers) out.push({ label: `${label}, initial customers`, apply: (s) => withPlanField(s, i, 'initialCustomers', p.initialCustomers) });
    for (const field of PLAN_ROW_KEYS) {
      if (field !== 'mix' && !sameRow(o[field], p[field])) out.push({ label: `${label}, ${PLAN_ROW_LABELS[field]}`, apply: (s) => withPlanField(s, i, field, p[field]) });
    }
  });
  return out;
}

export interface Effect {
  input: string;
  /** KPI(old + this input) - KPI(old); `null` when the input cannot be applied alone or the KPI is undefined. */
  effect: number | null;
  /** effect / total difference; `null` when the total is 0 or unknown. */
  share: number | null;
  /** Why the effect is not measurable, in words. */
  note?: string;
}

export interface KpiAttribution {
  kpi: AnnualFigure;
  old: number | null;
  new: number | null;
  total: number | null;
  /** Largest |effect| first. */
  effects: Effect[];
  /** total - sum of the measured effects: what comes from inputs acting together. */
  interaction: number | null;
}

export type AttributionResult = { ok: true; year: number; kpis: KpiAttribution[] } | { ok: false; reason: string };

/** For each last-year KPI: the single effect of every changed input applied alone to the old scenario. */
export function attribute(old: Parsed, nu: Parsed, oldProjection: Projection, newProjection: Projection, kpis: readonly AnnualFigure[] = COMPARE_KPIS): AttributionResult {
  const sameShape = old.scenario.startYear === nu.scenario.startYear && old.scenario.plans.length === nu.scenario.plans.length && old.scenario.plans.every((p, i) => p.id === nu.scenario.plans[i]!.id);
  if (!sameShape) return { ok: false, reason: 'The two scenarios have different plans or start years, so their inputs cannot be swapped one at a time.' };
  const y = YEARS - 1;
  const runs = changedInputs(old.scenario, nu.scenario).map((input) => {
    const parsed = parseScenario(input.apply(old.scenario));
    if (!parsed.ok) return { input: input.label, projection: null, note: `cannot be applied alone (${parsed.problems.slice(0, 1).map(formatProblem).join('')})` };
    return { input: input.label, projection: project(parsed.values), note: undefined };
  });
  const result = kpis.map((kpi): KpiAttribution => {
    const o = oldProjection.years[y]![kpi];
    const n = newProjection.years[y]![kpi];
    const total = o === null || n === null ? null : n - o;
    const effects = runs.map((r): Effect => {
      const v = r.projection?.years[y]![kpi] ?? null;
      const effect = v === null || o === null ? null : v - o;
      const share = effect === null || total === null || total === 0 ? null : effect / total;
      const note = r.note ?? (effect === null ? 'not computable in one of the runs' : undefined);
      return note === undefined ? { input: r.input, effect, share } : { input: r.input, effect, share, note };
    });
    const size = (e: Effect) => (e.effect === null ? -1 : Math.abs(e.effect));
    effects.sort((a, b) => size(b) - size(a));
    const measured = effects.reduce((sum, e) => sum + (e.effect ?? 0), 0);
    return { kpi, old: o, new: n, total, effects, interaction: total === null ? null : total - measured };
  });
  return { ok: true, year: old.scenario.startYear + y, kpis: result };
}
