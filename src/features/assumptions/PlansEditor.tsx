import { memo } from 'react';
import { MAX_PLANS } from '../../model/types';
import { useStore } from '../../state/store';
import { CommitInput } from './CommitInput';
import { editText, numberIn, type Parsed } from '../../components/grid/units';

const planName = (t: string): Parsed<string> => (t.trim() ? { ok: true, value: t.trim() } : { ok: false, message: 'a plan needs a name' });
const customers = numberIn('count');

/** The plans, lowest tier first: rename, starting customers, reorder, remove, add (1 to 6). */
export const PlansEditor = memo(function PlansEditor() {
  const plans = useStore((s) => s.scenario.plans);
  const { renamePlan, movePlan, addPlan, removePlan, updateScenario, notify } = useStore.getState();
  const setCustomers = (index: number, n: number) =>
    updateScenario((s) => ({ ...s, plans: s.plans.map((p, i) => (i === index ? { ...p, initialCustomers: n } : p)) }));
  const remove = (index: number) => {
    const name = plans[index]!.name;
    const { frozen, droppedTargets } = removePlan(index);
    const notes = [
      frozen ? `${frozen} formula${frozen > 1 ? 's' : ''} that read it now hold${frozen > 1 ? '' : 's'} ${frozen > 1 ? 'their' : 'its'} value` : '',
      droppedTargets ? `${droppedTargets} target${droppedTargets > 1 ? 's' : ''} on it removed` : '',
    ].filter(Boolean);
    notify({ kind: 'info', text: `Removed the ${name} plan${notes.length ? `: ${notes.join('; ')}` : ''}. The mix was rescaled to 100 %. Undo brings it back.` });
  };
  return (
    <fieldset className="plans-editor">
      <legend>Plans, lowest tier first</legend>
      <ol>
        {plans.map((plan, i) => (
          <li key={plan.id}>
            <CommitInput label={`Plan ${i + 1} name`} value={plan.name} parse={planName} onCommit={(v) => renamePlan(i, v)} className="plan-name" />
            <CommitInput label={`${plan.name} customers at start`} value={editText(plan.initialCustomers, 'count')} parse={customers} onCommit={(v) => setCustomers(i, v)} className="narrow" inputMode="decimal" />
            <div className="plan-actions">
              <button type="button" onClick={() => movePlan(i, i - 1)} disabled={i === 0} aria-label={`Move ${plan.name} up`} title="Move up: a lower tier">↑</button>
              <button type="button" onClick={() => movePlan(i, i + 1)} disabled={i === plans.length - 1} aria-label={`Move ${plan.name} down`} title="Move down: a higher tier">↓</button>
              <button type="button" onClick={() => remove(i)} disabled={plans.length <= 1} aria-label={`Remove ${plan.name}`} title="Remove plan">Remove</button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={addPlan} disabled={plans.length >= MAX_PLANS} title={plans.length >= MAX_PLANS ? `At most ${MAX_PLANS} plans` : 'Adds a plan above the top tier'}>
        Add plan
      </button>
    </fieldset>
  );
});
