import { memo } from 'react';
import { CATALOGUE } from '../../model/catalogue';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../state/store';
import { useProblems } from './cell-values';
import { CommitInput } from './CommitInput';
import { count } from '../../components/format';
import { numberIn, type Parsed } from '../../components/grid/units';

const text = (what: string) => (t: string): Parsed<string> => (t.trim() ? { ok: true, value: t.trim() } : { ok: false, message: `${what} must not be empty` });
const anyText = (t: string): Parsed<string> => ({ ok: true, value: t });
const currency = (t: string): Parsed<string> => (/^[A-Za-z]{3}$/.test(t.trim()) ? { ok: true, value: t.trim().toUpperCase() } : { ok: false, message: 'use a three-letter ISO 4217 code such as USD or EUR' });
const year = (t: string): Parsed<number> => {
  const y = Number(t.trim());
  return Number.isInteger(y) && y >= 1900 && y <= 2200 ? { ok: true, value: y } : { ok: false, message: 'use a whole year between 1900 and 2200' };
};

/** The scenario's single values: name, description, currency, first year, starting cash. */
export const ScenarioFields = memo(function ScenarioFields() {
  const s = useStore(useShallow((st) => ({ name: st.scenario.name, description: st.scenario.description ?? '', currency: st.scenario.currency, startYear: st.scenario.startYear, startingCash: st.scenario.startingCash })));
  const setField = useStore((st) => st.setField);
  const { all } = useProblems();
  const problem = (key: string) => all.find((p) => p.path.length === 1 && p.path[0] === key)?.message;
  return (
    <fieldset className="scenario-fields">
      <legend>Scenario</legend>
      <CommitInput label="Name" value={s.name} parse={text('The name')} onCommit={(v) => setField('name', v)} problem={problem('name')} className="wide" />
      <CommitInput label="Currency" value={s.currency} parse={currency} onCommit={(v) => setField('currency', v)} problem={problem('currency')} className="narrow" />
      <CommitInput label={CATALOGUE.scenario.startYear.label} value={String(s.startYear)} parse={year} onCommit={(v) => setField('startYear', v)} problem={problem('startYear')} className="narrow" inputMode="numeric" />
      <CommitInput label={`${CATALOGUE.scenario.startingCash.label} (${s.currency})`} value={count(s.startingCash, Number.isInteger(s.startingCash) ? 0 : 2)} parse={numberIn('money')} onCommit={(v) => setField('startingCash', v)} problem={problem('startingCash')} inputMode="decimal" />
      <CommitInput label="Description" value={s.description} parse={anyText} onCommit={(v) => setField('description', v)} problem={problem('description')} multiline className="full" />
    </fieldset>
  );
});
