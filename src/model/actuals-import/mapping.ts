import { FLOWS, normalHeader, suggestTarget, type PlanNames, type Target } from './headers';

// The mapping step: each column of the file gets a target, suggested from its header unless the
// planner (or a remembered mapping, or the CLI's --map) chose one. A balance (mrr, cash,
// customers) can come from one column only; flows from several columns add up.

/** One column of the file and where it goes. */
export interface ColumnMatch {
  index: number;
  header: string;
  target: Target;
  /** What the header alone suggests, so the preview can show a change. */
  suggested: Target;
  /** Whether the target was chosen rather than suggested. */
  chosen: boolean;
  note?: string;
  /** Left out because no figure matched its header (and nobody chose). */
  unmatched?: true;
}

/** A planner's choices: header text to target. */
export type Mapping = Readonly<Record<string, Target>>;

/** A key for "this set of headers", under which a planner's mapping is remembered. */
export function headerSetKey(headers: readonly string[]): string {
  return headers.map(normalHeader).sort().join('|');
}

/** Matches every column to a target; returns the matches and the conflicts a planner must fix. */
export function matchColumns(headers: readonly string[], plans: readonly PlanNames[], mapping: Mapping = {}): { columns: ColumnMatch[]; conflicts: string[] } {
  const columns: ColumnMatch[] = headers.map((header, index) => {
    const s = suggestTarget(header, plans);
    const choice = Object.hasOwn(mapping, header) ? mapping[header] : undefined;
    const c: ColumnMatch = { index, header, target: choice ?? s.target, suggested: s.target, chosen: choice !== undefined };
    if (choice === undefined && s.note) c.note = s.note;
    if (choice === undefined && s.unmatched) c.unmatched = true;
    else if (choice === 'newMrr' && s.note?.startsWith('added to newMrr')) c.note = s.note;
    return c;
  });
  // The app's own CSV has `customers` (all plans) beside a column for each plan: a computed total.
  const everyPlan = plans.length > 0 && plans.every((p) => columns.some((c) => c.target === `customers_${p.id}`));
  columns.forEach((c, i) => {
    if (everyPlan && !c.chosen && suggestTarget(headers[i]!, plans).total) {
      c.note = "all plans' customers together: computed by the model from the plans' columns";
      delete c.unmatched;
    }
  });
  const conflicts: string[] = [];
  const byTarget = new Map<Target, ColumnMatch[]>();
  for (const c of columns) if (c.target !== 'skip') byTarget.set(c.target, [...(byTarget.get(c.target) ?? []), c]);
  for (const [target, cols] of byTarget) {
    if (cols.length < 2 || FLOWS.has(target as never)) continue;
    // A suggestion gives way to a choice, and a synonym to the contract's own name (the app's
    // CSV has both `customers` and `customers_<id>` when there is one plan).
    const keep = cols.find((c) => c.chosen) ?? cols.find((c) => normalHeader(c.header) === normalHeader(target)) ?? cols[0]!;
    const chosen = cols.filter((c) => c.chosen);
    if (chosen.length > 1) {
      conflicts.push(`columns ${chosen.map((c) => `'${c.header}'`).join(' and ')} both give ${target}: leave all but one out`);
      continue;
    }
    for (const c of cols) {
      if (c === keep) continue;
      c.target = 'skip';
      c.note = `${target} comes from column '${keep.header}'`;
    }
  }
  const summed = [...byTarget].filter(([t, cols]) => FLOWS.has(t as never) && cols.length > 1);
  for (const [t, cols] of summed) for (const c of cols) c.note ??= `added up with ${cols.filter((o) => o !== c).map((o) => `'${o.header}'`).join(', ')} into ${t}`;
  return { columns, conflicts };
}
