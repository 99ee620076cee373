import { useMemo, useRef } from 'react';
import { GridCell } from '../../components/grid/GridCell';
import { GridHandlers } from '../../components/grid/grid-handlers';
import { inRange, rangeOf, type Selection } from '../../components/grid/selection';
import { formatExact, formatValue } from '../../components/grid/units';
import { monthLabel } from '../../components/format';
import type { ActualMonth } from '../../model/types';
import { actualValue, columnGroups, type ActualColumn } from './columns';
import { useActualsGrid } from './use-actuals-grid';

interface Props {
  months: readonly ActualMonth[];
  cols: readonly ActualColumn[];
  rowCount: number;
  startYear: number;
  currency: string;
  /** Problems by `m:figure` (validation's messages, named by month and figure). */
  problems: ReadonlyMap<string, string>;
  sel: Selection;
  setSel: (s: Selection) => void;
}

/** The actuals as a spreadsheet: one row a month from January of the start year, one column a figure. */
export function ActualsGrid({ months, cols, rowCount, startYear, currency, problems, sel, setSel }: Props) {
  const table = useRef<HTMLTableElement>(null);
  const { editing, handlers, onKeyDown, onCopy, onPaste } = useActualsGrid(rowCount, cols, sel, setSel, table, startYear);
  const range = rangeOf(sel);
  const rows = useMemo(() => Array.from({ length: rowCount }, (_, m) => m), [rowCount]);
  const last = months.length - 1;
  return (
    <GridHandlers.Provider value={handlers}>
      <div className="grid-scroll actuals-scroll">
        <table ref={table} role="grid" aria-label="Actuals by month" aria-multiselectable="true" className="assumptions-grid actuals-grid" onKeyDown={onKeyDown} onCopy={onCopy} onPaste={onPaste}>
          <colgroup><col className="col-month" />{cols.map((c) => <col key={c.key} />)}</colgroup>
          <thead>
            <tr className="col-groups">
              <td />
              {columnGroups(cols).map((g) => <th key={g.label} scope="colgroup" colSpan={g.span}>{g.label}</th>)}
            </tr>
            <tr>
              <th scope="col">Month</th>
              {cols.map((c) => <th key={c.key} scope="col" title={`${c.label}, ${c.period}: ${c.explanation}`}>{c.short}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m} className={m > last ? 'is-future' : m === last ? 'is-last-actual' : undefined}>
                <th scope="row">{monthLabel(m, startYear)}</th>
                {cols.map((c, j) => {
                  const x = actualValue(months[m], c.key);
                  const text = x === undefined ? '' : formatValue(x, c.unit, currency);
                  const exact = x === undefined ? '' : formatExact(x, c.unit, currency);
                  const problem = problems.get(`${m}:${c.key}`);
                  const isEditing = editing !== null && editing.row === m && editing.col === j;
                  return (
                    <GridCell
                      key={c.key}
                      row={m}
                      col={j}
                      name={`${c.label} ${monthLabel(m, startYear)}`}
                      unit={c.period}
                      text={text}
                      title={[x === undefined ? (m <= last ? 'not given: the plan\'s figure stands in' : '') : `${exact} ${c.period}`, problem ?? ''].filter(Boolean).join('\n')}
                      formula={false}
                      problem={problem}
                      active={sel.row === m && sel.col === j}
                      selected={inRange(range, m, j)}
                      editing={isEditing ? editing.text : null}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </GridHandlers.Provider>
  );
}
