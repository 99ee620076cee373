import { isRateRow, parseRowName } from '../../model/inputs';
import { typicalRanges } from '../../model/uncertainty';
import { YEARS, type Scenario, type Uncertainty } from '../../model/types';
import { useEvaluation } from '../../state/evaluation';
import { useStore } from '../../state/store';
import { AmountInput } from './AmountInput';
import { amountText, kindOf, parseAmount, rowOptions } from './options';

const FIELDS = [['low', 'Low'], ['mode', 'Most likely'], ['high', 'High']] as const;

/** Today's value of a range's cell (its year, or the first year), to convert relative <-> absolute. */
function todayOf(values: ReturnType<typeof useEvaluation>['values'], scenario: Scenario, u: Uncertainty): number {
  const row = parseRowName(u.row, scenario.plans.map((p) => p.id));
  if (!row) return 1;
  const y = u.year === undefined ? 0 : u.year - scenario.startYear;
  const cells = row.kind === 'driver' ? values.drivers[row.key] : values.plans[row.planIndex]?.[row.field];
  return cells?.[Math.max(0, Math.min(YEARS - 1, y))] ?? 1;
}

/** The scenario's uncertainty ranges as an editable table; each change is one undo step. */
export function RangesEditor() {
  const scenario = useStore((s) => s.scenario);
  const update = useStore((s) => s.updateScenario);
  const { values, problems } = useEvaluation();
  const list = scenario.uncertainty ?? [];
  const rows = rowOptions(scenario);
  // An empty list leaves the field out, so a scenario without ranges saves as it did before.
  const save = (next: Uncertainty[]) => update((s) => {
    const copy: Scenario = { ...s, uncertainty: next };
    if (next.length === 0) delete copy.uncertainty;
    return copy;
  });
  const edit = (i: number, patch: Partial<Uncertainty>) => save(list.map((u, k) => (k === i ? { ...u, ...patch } : u)));
  const setRelative = (i: number, relative: boolean) => {
    const u = list[i]!;
    const today = todayOf(values, scenario, u);
    const conv = (x: number) => (relative ? (today !== 0 ? x / today : 1) : x * today);
    const next: Uncertainty = { ...u, low: conv(u.low), mode: conv(u.mode), high: conv(u.high), relative };
    if (!relative) delete next.relative;
    save(list.map((e, k) => (k === i ? next : e)));
  };
  const setYear = (i: number, year: number | undefined) => {
    const next: Uncertainty = { ...list[i]!, year };
    if (year === undefined) delete next.year;
    save(list.map((e, k) => (k === i ? next : e)));
  };
  const add = () => {
    const used = new Set(list.filter((u) => u.year === undefined).map((u) => u.row));
    const row = rows.find((r) => !used.has(r.value)) ?? rows[0]!;
    save([...list, { row: row.value, low: 0.9, mode: 1, high: 1.1, relative: true }]);
  };
  const addTypical = () => {
    const have = new Set(list.map((u) => `${u.row}@${u.year ?? '*'}`));
    save([...list, ...typicalRanges(scenario).filter((u) => !have.has(`${u.row}@*`))]);
  };
  const mine = problems.filter((p) => p.path[0] === 'uncertainty');
  return (
    <div className="sens-ranges">
      {list.length === 0 && <p>No ranges yet: every run would be today&apos;s projection. Add a range on any input, or start from typical ones.</p>}
      {list.length > 0 && (
        <table className="sens-table">
          <thead><tr><th scope="col">Input</th><th scope="col">Year</th><th scope="col">Range is</th>{FIELDS.map(([, l]) => <th key={l} scope="col">{l}</th>)}<th scope="col"><span className="visually-hidden">Remove</span></th></tr></thead>
          <tbody>
            {list.map((u, i) => {
              const kind = u.relative ? 'rate' : kindOf(u.row, scenario);
              const row = parseRowName(u.row, scenario.plans.map((p) => p.id));
              const n = `range ${i + 1}`;
              return (
                <tr key={i} data-range={u.row}>
                  <td>
                    <select aria-label={`Input of ${n}`} value={u.row} onChange={(e) => edit(i, { row: e.target.value })}>
                      {!rows.some((r) => r.value === u.row) && <option value={u.row}>{`${u.row} (unknown)`}</option>}
                      {rows.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
                    </select>
                  </td>
                  <td>
                    <select aria-label={`Year of ${n}`} value={u.year ?? ''} onChange={(e) => setYear(i, e.target.value ? Number(e.target.value) : undefined)}>
                      <option value="">Every year</option>
                      {Array.from({ length: YEARS }, (_, k) => <option key={k} value={scenario.startYear + k}>{scenario.startYear + k}</option>)}
                    </select>
                  </td>
                  <td>
                    <select aria-label={`Kind of ${n}`} value={u.relative ? 'relative' : 'absolute'} onChange={(e) => setRelative(i, e.target.value === 'relative')}>
                      <option value="relative">% of today&apos;s value</option>
                      <option value="absolute">{row && isRateRow(row) ? 'a rate (%)' : 'an amount'}</option>
                    </select>
                  </td>
                  {FIELDS.map(([field, l]) => (
                    <td key={field}>
                      <AmountInput text={amountText(u[field], kind)} label={`${l} of ${n}`} onCommit={(t) => { const x = parseAmount(t, kind); if (x === null) return false; edit(i, { [field]: x }); return true; }} />
                    </td>
                  ))}
                  <td><button type="button" aria-label={`Remove ${n}`} onClick={() => save(list.filter((_, k) => k !== i))}>Remove</button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {mine.length > 0 && <ul className="sens-problems" aria-label="Problems with the ranges">{mine.map((p, k) => <li key={k}>{p.place}: {p.message}</li>)}</ul>}
      <div className="sens-buttons">
        <button type="button" onClick={add}>Add a range</button>
        <button type="button" onClick={addTypical}>Add typical ranges</button>
        {list.length > 0 && <button type="button" onClick={() => save([])}>Remove all ranges</button>}
      </div>
    </div>
  );
}
