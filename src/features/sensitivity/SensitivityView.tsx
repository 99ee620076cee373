import { useRef, type KeyboardEvent } from 'react';
import { useEvaluation } from '../../state/evaluation';
import type { SensitivityTab } from '../../state/sensitivity-slice';
import { useStore } from '../../state/store';
import { FundingSeekPanel } from './FundingSeekPanel';
import { GoalSeekPanel } from './GoalSeekPanel';
import { MonteCarloPanel } from './MonteCarloPanel';
import { TornadoPanel } from './TornadoPanel';
import './sensitivity.css';

const TABS: { id: SensitivityTab; label: string }[] = [
  { id: 'tornado', label: 'Tornado' },
  { id: 'goal-seek', label: 'Goal seek' },
  { id: 'monte-carlo', label: 'Monte Carlo' },
];

/** Sensitivity: which inputs move an output most, what an input must be for a goal, and the odds. */
export function SensitivityView() {
  const tab = useStore((s) => s.sensitivityTab);
  const setTab = useStore((s) => s.setSensitivityTab);
  const { stale } = useEvaluation();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  // The WAI-ARIA tabs pattern: one tab stop, arrows move between tabs and select them.
  const onKey = (e: KeyboardEvent, i: number) => {
    const next = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    setTab(TABS[next]!.id);
    refs.current[next]?.focus();
  };
  return (
    <section className="sensitivity" aria-labelledby="sensitivity-title">
      <h2 id="sensitivity-title">Sensitivity</h2>
      {stale && <p role="status" className="stale-note">The scenario has problems: these figures use the last version that computed.</p>}
      <div role="tablist" aria-label="Sensitivity tools" className="sens-tabs">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => { refs.current[i] = el; }}
            type="button"
            role="tab"
            id={`sens-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`sens-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`sens-panel-${tab}`} aria-labelledby={`sens-tab-${tab}`} className="sens-panel">
        {tab === 'tornado' && <TornadoPanel />}
        {tab === 'goal-seek' && <><GoalSeekPanel /><FundingSeekPanel /></>}
        {tab === 'monte-carlo' && <MonteCarloPanel />}
      </div>
    </section>
  );
}
