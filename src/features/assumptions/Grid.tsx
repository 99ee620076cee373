import { useMemo, useRef } from 'react';
import { isFormula } from '../../model/formula';
import { cellKey } from '../../model/places';
import { YEARS } from '../../model/types';
import { useStore } from '../../state/store';
import { cellValues, readCell, useProblems } from './cell-values';
import { valueOf } from './grid-edits';
import { GridCell } from '../../components/grid/GridCell';
import { GridHandlers } from '../../components/grid/grid-handlers';
import { MixTotalRow } from './MixTotalRow';
import { planPlace } from '../../model/places';
import { gridLines, type DataRow } from './rows';
import { inRange, rangeOf, type Selection } from '../../components/grid/selection';
import { formatExact, formatValue } from '../../components/grid/units';
import { labelWithUnit, unitWords } from '../../model/catalogue';
import { useWarnings } from './use-warnings';
import { useGridController } from './use-grid-controller';

const YEAR_INDEXES = Array.from({ length: YEARS }, (_, y) => y);
// While typing, the period is spelled out ("per month", not "/mo"): the moment a yearly amount
// would go into a monthly row is the moment it must be impossible to miss.
const editorUnit = (row: DataRow) => `${row.label}: ${unitWords(row.entry)}`;

/** The planner's sheet: one row per assumption, one column per year, edited like a spreadsheet. */
export function Grid({ sel, setSel }: { sel: Selection; setSel: (s: Selection) => void }) {
  const scenario = useStore((s) => s.scenario);
  const balanceMix = useStore((s) => s.balanceMix);
  const plans = scenario.plans;
  const { lines, rows } = useMemo(() => gridLines({ plans }), [plans]);
  const { values, broken } = cellValues(scenario);
  const { byCell } = useProblems();
  const warnings = useWarnings().byCell;
  const table = useRef<HTMLTableElement>(null);
  const year0 = scenario.startYear;
  const { editing, handlers, onKeyDown, onCopy, onPaste } = useGridController(rows, sel, setSel, table, year0);
  const range = rangeOf(sel);

  // Balancing keeps the plan the user is on, so setting Pro's mix and balancing moves the others.
  const active = rows[sel.row]?.ref(sel.col);
  const keep = active?.kind === 'plan' && active.field === 'mix' ? active.planIndex : undefined;
  const balance = useMemo(() => (y: number) => balanceMix(y, keep !== undefined && sel.col === y ? keep : undefined), [balanceMix, keep, sel.col]);

  const dataRow = (row: DataRow, r: number) => (
    <tr key={row.id} className={row.short === row.label ? undefined : 'plan-row'}>
      <th scope="row" className="row-label" title={`${labelWithUnit(row.label, row.entry)}: ${row.entry.explanation}`}>
        <div className="row-head">
          <span className="row-name">
            {row.short !== row.label && <span className="visually-hidden">{row.label.slice(0, row.label.length - row.short.length)}</span>}
            {row.short}
          </span>
          {row.entry.unit && <>{' '}<span className="row-unit">{row.entry.unit}</span></>}
        </div>
      </th>
      {YEAR_INDEXES.map((y) => {
        const ref = row.ref(y);
        const cell = readCell(scenario, ref);
        const key = cellKey(ref);
        const value = valueOf(values, ref);
        const bad = broken.has(key);
        const text = bad ? 'error' : formatValue(value, row.unit, scenario.currency);
        const exact = bad ? '' : formatExact(value, row.unit, scenario.currency);
        const problem = byCell.get(key);
        const warning = warnings.get(key);
        // The hover text always says the unit and period: "$200,000 per year", "6.75% of visitors".
        const title = [isFormula(cell) ? cell : '', exact ? `${exact} ${row.entry.unit}`.trim() : '', problem ?? (warning ? `Check: ${warning}` : '')].filter(Boolean).join('\n');
        const isEditing = editing !== null && editing.row === r && editing.col === y;
        return (
          <GridCell
            key={y}
            row={r}
            col={y}
            name={`${row.label} ${year0 + y}`}
            unit={editorUnit(row)}
            text={text}
            title={title}
            formula={isFormula(cell)}
            problem={problem}
            warning={warning}
            active={sel.row === r && sel.col === y}
            selected={inRange(range, r, y)}
            editing={isEditing ? editing.text : null}
          />
        );
      })}
    </tr>
  );

  return (
    <GridHandlers.Provider value={handlers}>
      <div className="grid-scroll">
        <table ref={table} role="grid" aria-label="Assumptions by year" aria-multiselectable="true" className="assumptions-grid" onKeyDown={onKeyDown} onCopy={onCopy} onPaste={onPaste}>
          <colgroup><col className="col-label" />{YEAR_INDEXES.map((y) => <col key={y} className="col-year" />)}</colgroup>
          <thead>
            <tr>
              <th scope="col">Assumption</th>
              {YEAR_INDEXES.map((y) => <th key={y} scope="col">{year0 + y}</th>)}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              switch (line.kind) {
                case 'group': return <tr key={line.id} className="group-head"><th colSpan={YEARS + 1} scope="rowgroup">{line.label}</th></tr>;
                case 'plan': return <tr key={line.id} className="plan-head"><th colSpan={YEARS + 1} scope="rowgroup">{planPlace(line.label)}</th></tr>;
                case 'mix-total': return <MixTotalRow key={line.id} values={values} year0={year0} balance={balance} />;
                case 'data': return dataRow(line.row, line.index);
              }
            })}
          </tbody>
        </table>
      </div>
    </GridHandlers.Provider>
  );
}
