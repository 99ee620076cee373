import { useState } from 'react';
import { formatProblem } from '../../model/parse-scenario';
import type { Scenario } from '../../model/types';
import { useStore } from '../../state/store';
import { AttributionTable } from './AttributionTable';
import { ChangesTable } from './ChangesTable';
import { CompareCharts } from './CompareCharts';
import { ComparePicker } from './ComparePicker';
import { DeltaTable } from './DeltaTable';
import { useComparison } from './use-comparison';
import './compare.css';

function Comparison({ oldScenario, newScenario }: { oldScenario: Scenario; newScenario: Scenario }) {
  const c = useComparison(oldScenario, newScenario);
  if (!c.ok) {
    return (
      <div className="compare-problem" role="status">
        <p>"{c.which}" has problems, so it cannot be compared yet:</p>
        <ul>{c.problems.slice(0, 8).map((p, i) => <li key={i}>{formatProblem(p)}</li>)}</ul>
      </div>
    );
  }
  const names = { oldName: c.old.name, newName: c.new.name, currency: c.new.scenario.currency };
  return (
    <>
      <p className="compare-legend">
        Base: <strong className="old-side">{c.old.name}</strong> → compared: <strong className="new-side">{c.new.name}</strong>.
        Differences are &quot;{c.new.name}&quot; minus &quot;{c.old.name}&quot;; % is relative to &quot;{c.old.name}&quot;.
      </p>
      <section aria-labelledby="cmp-annual">
        <h2 id="cmp-annual">Annual figures</h2>
        <DeltaTable rows={c.deltas} {...names} />
      </section>
      <section aria-labelledby="cmp-why">
        <h2 id="cmp-why">What explains the {c.attribution.ok ? c.attribution.year : ''} difference</h2>
        {c.attribution.ok ? (
          <>
            <p className="hint">Each changed input row is applied alone to "{c.old.name}" and the move measured; what the single moves do not add up to comes from inputs acting together.</p>
            <AttributionTable kpis={c.attribution.kpis} year={c.attribution.year} {...names} />
          </>
        ) : <p className="hint">{c.attribution.reason}</p>}
      </section>
      <section aria-labelledby="cmp-charts">
        <h2 id="cmp-charts">Charts</h2>
        <p className="hint">Drawn for "{c.new.name}"; "{c.old.name}" is the dashed line or outlined bar.</p>
        <CompareCharts old={c.old} nu={c.new} />
      </section>
      <section aria-labelledby="cmp-cells">
        <h2 id="cmp-cells">Assumptions that differ ({c.changes.length})</h2>
        <ChangesTable changes={c.changes} {...names} />
      </section>
    </>
  );
}

/** Compare the open scenario with an example, a library entry or a file. */
export function CompareView() {
  const working = useStore((s) => s.scenario);
  const target = useStore((s) => s.compareWith);
  const [swapped, setSwapped] = useState(false);
  return (
    <div className="compare-view">
      <h2 className="visually-hidden">Compare scenarios</h2>
      <ComparePicker swapped={swapped} onSwap={() => setSwapped(!swapped)} />
      {!target ? (
        <p className="compare-empty">Choose a scenario above, or a file, to see its figures beside the open one, the assumptions that differ and which of them moves each result most.</p>
      ) : swapped ? (
        <Comparison oldScenario={target.scenario} newScenario={working} />
      ) : (
        // "Compare A with B" reads as B's difference from A: the open scenario is the base.
        <Comparison oldScenario={working} newScenario={target.scenario} />
      )}
    </div>
  );
}
