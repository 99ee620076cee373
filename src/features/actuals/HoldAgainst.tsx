import { useMemo } from 'react';
import { lockedBudgets } from '../../state/budget';
import { useStore } from '../../state/store';

/**
 * Which plan the actuals are held against: this scenario's own assumptions, or a budget locked in
 * the library (Scenarios view, "Lock as budget"), so a re-forecast is still measured against the
 * plan the board approved.
 */
export function HoldAgainst({ against }: { against: 'own' | string }) {
  const library = useStore((s) => s.library);
  const setAgainst = useStore((s) => s.setVarianceAgainst);
  const budgets = useMemo(() => lockedBudgets({ library }), [library]);
  return (
    <label className="hold-against">
      Held against{' '}
      <select value={against} onChange={(e) => setAgainst(e.target.value)}>
        <option value="own">this scenario's plan</option>
        {budgets.map((b) => <option key={b.id} value={b.id}>{`budget: ${b.name}`}</option>)}
      </select>
      {budgets.length === 0 && <span className="hint"> · lock a library entry as a budget to hold the actuals against it</span>}
    </label>
  );
}
