import { useId, useMemo, useState } from 'react';
import { YEARS } from '../../model/types';
import { useStore } from '../../state/store';
import { leverValue, leversFor, type Scope } from './levers';
import { WhatIfSlider } from './WhatIfSlider';
import './what-if.css';

/**
 * Sliders for the drivers that matter most in a meeting. They change the working scenario (so
 * the grid, the charts and the figures follow as they move); every drag can be undone.
 */
export function WhatIfPanel({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const scenario = useStore((s) => s.scenario);
  const plans = scenario.plans;
  const levers = useMemo(() => leversFor({ plans }), [plans]);
  const [scope, setScope] = useState<Scope>('all');
  const scopeId = useId();
  const Heading = `h${headingLevel}` as const;
  // A scenario that loses years or changes its start year keeps the scope in range.
  const safe: Scope = scope === 'all' || scope < YEARS ? scope : 'all';
  return (
    <section className="what-if" aria-labelledby={`${scopeId}-title`}>
      <div className="what-if-head">
        <Heading id={`${scopeId}-title`}>What if</Heading>
        <label htmlFor={scopeId}>Change</label>
        <select id={scopeId} value={String(safe)} onChange={(e) => setScope(e.target.value === 'all' ? 'all' : Number(e.target.value))}>
          <option value="all">all years</option>
          {Array.from({ length: YEARS }, (_, y) => <option key={y} value={y}>{scenario.startYear + y} only</option>)}
        </select>
      </div>
      <p className="what-if-help">
        {safe === 'all'
          ? `Sets ${scenario.startYear}; later years move with it (rates by the same points, costs in proportion) and formulas follow.`
          : `Sets ${scenario.startYear + safe} only.`}
      </p>
      <div className="what-if-sliders">
        {levers.map((lever) => (
          <WhatIfSlider key={lever.id} lever={lever} scope={safe} value={leverValue(scenario, lever, safe)} currency={scenario.currency} />
        ))}
      </div>
    </section>
  );
}
