import { actualChanges, mergeActuals, type ActualChange } from '../../model/actuals-import/merge';
import { problemText, readActuals, type ActualsRead } from '../../model/actuals-import/read-actuals';
import { parseScenario } from '../../model/parse-scenario';
import type { ActualMonth, Scenario } from '../../model/types';
import type { ImportSession } from './import-session';

// What an import would do, worked out without touching the scenario: the months read, the
// actuals after the merge, each figure that changes, and every problem (the reader's, named by
// row and column, then validation's, named by month and figure). Accept only when there are none.

export interface ImportPreview {
  read: ActualsRead;
  merged: ActualMonth[];
  changes: ActualChange[];
  problems: string[];
  canAccept: boolean;
}

/** The preview of a session against the scenario as it is now. */
export function previewImport(scenario: Scenario, session: ImportSession): ImportPreview {
  const ctx = { startYear: scenario.startYear, plans: scenario.plans.map((p) => ({ id: p.id, name: p.name })) };
  const read = readActuals(session.table, ctx, session.options);
  const merged = read.asks.length ? (scenario.actuals ?? []) : mergeActuals(scenario.actuals, read.months);
  const changes = actualChanges(scenario.actuals, merged);
  const problems = read.problems.map(problemText);
  if (!read.asks.length && !problems.length && changes.length) {
    const checked = parseScenario({ ...scenario, actuals: merged });
    // Only the actuals' problems: an invalid assumption cell elsewhere is not the import's to fix.
    if (!checked.ok) problems.push(...checked.problems.filter((p) => p.path[0] === 'actuals').map((p) => `${p.place}: ${p.message}`));
  }
  if (!read.asks.length && !problems.length && read.months.length === 0) problems.push('the file gives no actual month: check the mapping of its columns');
  return { read, merged, changes, problems, canAccept: read.asks.length === 0 && problems.length === 0 && changes.length > 0 };
}
