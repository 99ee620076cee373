import { metricInfo, type Kind } from '../../components/charts/metrics';
import type { Goal, GoalSeekResult } from '../../model/goal-seek';
import { resolveMetric, type MetricRef } from '../../model/targets';
import type { Scenario, Target } from '../../model/types';

// What the goal seek form holds, and how it turns into a goal: a scenario target, or any
// output with a year, a direction and a value.

/** A goal seek that found its answer, with what the outcome panel says about it. */
export interface Solved { result: GoalSeekResult; scenario: Scenario; goal: Goal; outputLabel: string; inputLabel: string; form: GoalForm }

export interface GoalForm {
  /** Index of a scenario target, or -1 for a custom goal. */
  target: number;
  metric: string;
  y: number;
  kind: Goal['kind'];
  /** As typed, in the metric's unit (percent kinds in %). */
  value: string;
  input: string;
  /** Year index of the input, or -1 for every year. */
  inputYear: number;
}

export interface ResolvedGoal { metric: MetricRef; y: number; kind: Kind; label: string; target: Target | null }

/** A target as a sentence: `CAC (paid) 2026 at most $667.00`. */
export function targetText(t: Target, scenario: Scenario, format: (kind: Kind, x: number) => string): string {
  const info = metricInfo(t.metric, scenario.plans.map((p) => ({ id: p.id, name: p.name })));
  const parts = [t.min !== undefined && `at least ${format(info.kind, t.min)}`, t.max !== undefined && `at most ${format(info.kind, t.max)}`].filter(Boolean);
  return `${info.label} ${t.year} ${parts.join(' and ')}`;
}

/** The output the form names (a target's metric and year, or the custom one), or null. */
export function resolveGoalOutput(form: GoalForm, scenario: Scenario): ResolvedGoal | null {
  const plans = scenario.plans.map((p) => ({ id: p.id, name: p.name }));
  const target = form.target >= 0 ? scenario.targets[form.target] ?? null : null;
  const metricName = target ? target.metric : form.metric;
  const metric = resolveMetric(metricName, plans.map((p) => p.id));
  if (!metric) return null;
  const y = target ? target.year - scenario.startYear : form.y;
  const info = metricInfo(metricName, plans);
  return { metric, y, kind: info.kind, label: `${info.label} ${scenario.startYear + y}`, target };
}
