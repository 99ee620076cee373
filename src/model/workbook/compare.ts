// Shared by the workbook tests (not shipped): every figure of a recomputed workbook against the
// engine's, for every month, year, target and the summary.
import type { ProjectionOutput } from '../output';
import type { Table } from './testing';

/**
 * Whether a recomputed cell equals the engine's figure: "" for null, else within 1e-9 relative.
 * `scale` is the figure's largest magnitude over the projection: a figure that crosses zero
 * (EBITDA, cash, a margin) is a difference of large sums, and near the crossing a bound relative
 * to its own value would measure the order of additions, not the model.
 */
export function same(cell: unknown, engine: number | null, scale: number): boolean {
  if (engine === null) return cell === '';
  if (typeof cell !== 'number') return false;
  return Math.abs(cell - engine) <= 1e-9 * Math.max(Math.abs(engine), Math.abs(cell), scale * 1e-3);
}

function columns(table: Table): Map<string, number> {
  return new Map(table[0]!.map((name, c) => [String(name), c]));
}

function scaleOf(values: (number | null)[]): number {
  return values.reduce<number>((max, v) => (v === null ? max : Math.max(max, Math.abs(v))), 0);
}

/** The sheets a comparison reads: a plan's (the default) or a forecast's (no Targets or Summary). */
export interface SheetNames { monthly: string; annual: string; targets?: string; summary?: string }
const PLAN_SHEETS: SheetNames = { monthly: 'Monthly', annual: 'Annual', targets: 'Targets', summary: 'Summary' };

/** Every difference between the workbook's figures and the engine's, as readable lines. */
export function differences(tables: Record<string, Table>, engine: ProjectionOutput, sheets: SheetNames = PLAN_SHEETS): string[] {
  const out: string[] = [];
  const check = (where: string, cell: unknown, value: number | null, scale: number) => {
    if (!same(cell, value, scale)) out.push(`${where}: workbook ${JSON.stringify(cell)}, engine ${value}`);
  };
  const monthly = tables[sheets.monthly]!;
  const mCols = columns(monthly);
  const monthKeys = Object.keys(engine.months[0]!).filter((k) => k !== 'customersByPlan');
  for (const key of monthKeys) {
    const col = mCols.get(key);
    if (col === undefined) { out.push(`${sheets.monthly} has no column ${key}`); continue; }
    const series = engine.months.map((r) => r[key as keyof typeof r] as number | null);
    const scale = scaleOf(series);
    series.forEach((v, m) => check(`${sheets.monthly} ${key} month ${m}`, monthly[m + 1]![col], v, scale));
  }
  for (const id of Object.keys(engine.months[0]!.customersByPlan)) {
    const col = mCols.get(`customers_${id}`)!;
    const series = engine.months.map((r) => r.customersByPlan[id]!);
    series.forEach((v, m) => check(`${sheets.monthly} customers_${id} month ${m}`, monthly[m + 1]![col], v, scaleOf(series)));
  }
  const annual = tables[sheets.annual]!;
  const aCols = columns(annual);
  for (const key of Object.keys(engine.years[0]!)) {
    const col = aCols.get(key);
    if (col === undefined) { out.push(`${sheets.annual} has no column ${key}`); continue; }
    const series = engine.years.map((r) => r[key as keyof typeof r] as number | null);
    series.forEach((v, y) => check(`${sheets.annual} ${key} year ${y}`, annual[y + 1]![col], v, scaleOf(series)));
  }
  if (!sheets.targets || !sheets.summary) return out;
  const targets = tables[sheets.targets]!;
  engine.targets.forEach((t, k) => {
    const row = targets[k + 1] ?? [];
    check(`Targets ${t.metric} ${t.year} value`, row[4], t.value, Math.abs(t.value ?? 0));
    const met = t.met === null ? '' : t.met ? 'met' : 'missed';
    if (row[5] !== met) out.push(`Targets ${t.metric} ${t.year}: workbook ${JSON.stringify(row[5])}, engine ${met}`);
  });
  const summary = new Map(tables[sheets.summary]!.slice(1).map((r) => [String(r[1]), r[2]]));
  for (const [key, value] of Object.entries(engine.summary)) check(`Summary ${key}`, summary.get(key), value as number | null, Math.abs(value ?? 0));
  return out;
}
