import { memo, useContext } from 'react';
import { CellEditor } from './CellEditor';
import { GridHandlers } from './grid-handlers';

export interface GridCellProps {
  row: number;
  col: number;
  /** Accessible name: row label and year, e.g. `Pro price 2029`. */
  name: string;
  /** The row's unit and period ("per year", "/mo"), shown while the cell is edited. */
  unit: string;
  text: string;
  /** Hover text: the formula, the exact value, the problem. */
  title: string;
  formula: boolean;
  problem: string | undefined;
  /** A plausibility warning: the value is kept and used, but worth a second look. */
  warning?: string;
  active: boolean;
  selected: boolean;
  /** The editor's starting text while this cell is being edited, else null. */
  editing: string | null;
}

/** One cell of the grid. Memoised: a commit repaints only the cells whose props changed. */
export const GridCell = memo(function GridCell(p: GridCellProps) {
  const h = useContext(GridHandlers);
  const problemId = p.problem ? `cell-problem-${p.row}-${p.col}` : undefined;
  // An error wins over a warning: the cell cannot compute, so whether it is plausible is moot.
  const warningId = !p.problem && p.warning ? `cell-warning-${p.row}-${p.col}` : undefined;
  const classes = ['cell', p.formula && 'is-formula', p.problem && 'has-problem', warningId && 'has-warning', p.selected && 'is-selected', p.active && 'is-active', p.editing !== null && 'is-editing'];
  return (
    <td
      role="gridcell"
      aria-label={p.name}
      aria-selected={p.selected}
      aria-invalid={p.problem ? true : undefined}
      aria-describedby={problemId ?? warningId}
      tabIndex={p.active && p.editing === null ? 0 : -1}
      title={p.editing === null && p.title ? p.title : undefined}
      className={classes.filter(Boolean).join(' ')}
      data-row={p.row}
      data-col={p.col}
      onMouseDown={(e) => h.mouseDown(p.row, p.col, e)}
      onMouseEnter={(e) => h.mouseEnter(p.row, p.col, e)}
      onDoubleClick={() => h.edit(p.row, p.col)}
    >
      {p.editing !== null ? (
        <CellEditor name={p.name} unit={p.unit} initial={p.editing} commit={h.commit} cancel={h.cancel} leave={h.leave} />
      ) : (
        <>
          {p.formula && <span className="formula-mark" aria-hidden="true">ƒ</span>}
          {p.problem && <span className="problem-mark" aria-hidden="true">!</span>}
          <span className="cell-value">{p.text}</span>
          {warningId && <span className="warning-mark" aria-hidden="true">?</span>}
          {problemId && <span id={problemId} className="visually-hidden">{p.problem}</span>}
          {warningId && <span id={warningId} className="visually-hidden">{`Check this value: ${p.warning}`}</span>}
        </>
      )}
    </td>
  );
});
