import type { Problem } from '../model/types';

/**
 * Why something that needs figures (exports, the presentation) waits: the scenario has never
 * computed, so there are no figures of its own, and another scenario's are never used instead.
 */
export function waitMessage(what: string, name: string, problems: readonly Problem[]): string {
  const count = problems.length === 1 ? 'its problem' : `its ${problems.length} problems`;
  const first = problems[0] ? ` First: ${problems[0].place}: ${problems[0].message}.` : '';
  return `${what} until "${name}" computes: fix ${count} in the Model view.${first}`;
}
