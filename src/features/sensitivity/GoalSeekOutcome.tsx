import { isFormula } from '../../model/formula';
import type { Edit } from '../../model/goal-seek';
import { cellPlace } from '../../model/places';
import type { CellRef, Scenario } from '../../model/types';
import type { Solved } from './goal-form';
import { fmt, kindOf } from './options';

interface Props {
  solved: Solved;
  /** The scenario changed since the search: its result no longer applies. */
  stale: boolean;
  onApply: (edits: readonly Edit[]) => void;
}

const rowNameOf = (scenario: Scenario, ref: CellRef) => (ref.kind === 'driver' ? ref.key : `${ref.field}_${scenario.plans[ref.planIndex]!.id}`);
const cellText = (scenario: Scenario, ref: CellRef) => (ref.kind === 'driver' ? scenario.drivers[ref.key][ref.y] : scenario.plans[ref.planIndex]![ref.field][ref.y]);

/** What goal seek found, or why it could not, and the Apply button. */
export function GoalSeekOutcome({ solved, stale, onApply }: Props) {
  const { result, scenario, goal, outputLabel, inputLabel } = solved;
  const currency = scenario.currency;
  const outKind = kindOf(solved.form.target >= 0 ? scenario.targets[solved.form.target]!.metric : solved.form.metric, scenario);
  const inKind = kindOf(solved.form.input, scenario);
  const goalText = `${outputLabel} ${goal.kind === 'min' ? 'at least' : goal.kind === 'max' ? 'at most' : '='} ${fmt(outKind, goal.value, currency)}`;
  const scaled = solved.form.inputYear < 0;
  const x = (v: number) => (scaled ? `${Number(v.toPrecision(4))}× today's values` : fmt(inKind, v, currency));

  if (result.status === 'invalid') return <p className="sens-warning">{result.message}</p>;
  if (result.status === 'unreachable') {
    const [lo, hi] = result.range;
    return (
      <div className="sens-unreachable" data-outcome="unreachable">
        <p><strong>{goalText} cannot be reached</strong> by changing {inputLabel} between {x(lo)} and {x(hi)}.</p>
        {result.best && <p>The best reachable is {fmt(outKind, result.best.output, currency)}, at {x(result.best.x)}.</p>}
      </div>
    );
  }
  const formulas = result.edits.filter((e) => isFormula(cellText(scenario, e.ref))).length;
  return (
    <div className="sens-solved" data-outcome="solved">
      <p>
        <strong>{inputLabel}: {x(result.x)}</strong> gives {outputLabel} = <strong data-testid="goal-seek-output">{fmt(outKind, result.output, currency)}</strong>.
        {result.alreadyMet && ' The goal is already met today; this is where it stops being met.'}
      </p>
      <p>Apply sets {result.edits.length === 1 ? 'this cell' : `these ${result.edits.length} cells`}:</p>
      <ul className="sens-edits">
        {result.edits.map((e) => (
          <li key={cellPlace(scenario, e.ref)}>{cellPlace(scenario, e.ref)}: {fmt(kindOf(rowNameOf(scenario, e.ref), scenario), e.value, currency)}</li>
        ))}
      </ul>
      {formulas > 0 && <p className="sens-warning">{formulas === 1 ? 'One of them holds a formula' : `${formulas} of them hold formulas`}; applying replaces {formulas === 1 ? 'it' : 'them'} with the number{formulas === 1 ? '' : 's'}.</p>}
      {stale
        ? <p className="sens-warning">The scenario changed since this search: solve again.</p>
        : <button type="button" className="sens-primary" onClick={() => onApply(result.edits)}>Apply</button>}
    </div>
  );
}
