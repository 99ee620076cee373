import { memo, type ReactNode } from 'react';
import { metricInfo, formatPrecise, type PlanRef } from '../../components/charts/metrics';
import type { Target, TargetResult } from '../../model/types';
import { BoundInput } from './BoundInput';
import { withBound } from './target-edit';
import { boundText, targetStatus } from '../../components/target-status';

interface Props {
  index: number;
  target: Target;
  /** The evaluated target, or undefined while the projection is not current. */
  result: TargetResult | undefined;
  plans: readonly PlanRef[];
  years: readonly number[];
  currency: string;
  editing: boolean;
  /** The metric <select>'s option groups, built once for all rows. */
  metricOptions: ReactNode;
  onChange: (index: number, next: Target) => void;
  onRemove: (index: number) => void;
}

// Each edit evaluates the targets into new objects; a row compares what it shows.
const sameResult = (a: TargetResult | undefined, b: TargetResult | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.value === b.value && a.met === b.met && a.metric === b.metric && a.year === b.year && a.min === b.min && a.max === b.max);

function sameRow(a: Props, b: Props): boolean {
  return a.index === b.index && a.target === b.target && sameResult(a.result, b.result) && a.plans === b.plans && a.years === b.years
    && a.currency === b.currency && a.editing === b.editing && a.metricOptions === b.metricOptions && a.onChange === b.onChange && a.onRemove === b.onRemove;
}

const TONE_TEXT = { met: '✓', missed: '✗', unknown: '?' } as const;

/** One target: read as a sentence, or edited (metric, year, minimum, maximum, remove). */
export const TargetRow = memo(function TargetRow({ index, target, result, plans, years, currency, editing, metricOptions, onChange, onRemove }: Props) {
  const info = metricInfo(target.metric, plans);
  const status = result ? targetStatus(result, info.kind, currency, info.whyNull) : null;
  const name = `${info.label} ${target.year}`;
  const yearOptions = years.includes(target.year) ? years : [...years, target.year];
  const setBound = (which: 'min' | 'max') => (value: number | undefined) => {
    const next = withBound(target, which, value);
    if (!next) return 'A target needs a minimum or a maximum';
    onChange(index, next);
    return null;
  };
  return (
    <tr data-target-index={index} data-metric={target.metric} data-status={status?.tone ?? 'stale'}>
      {editing ? (
        <>
          <td>
            <select aria-label={`Metric of target ${index + 1}`} value={target.metric} onChange={(e) => onChange(index, { ...target, metric: e.target.value })}>
              {metricOptions}
            </select>
          </td>
          <td>
            <select aria-label={`Year of target ${index + 1}`} value={target.year} onChange={(e) => onChange(index, { ...target, year: Number(e.target.value) })}>
              {yearOptions.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </td>
          <td><BoundInput key={`min:${target.metric}`} label={`Minimum for ${name}`} kind={info.kind} currency={currency} value={target.min} onCommit={setBound('min')} /></td>
          <td><BoundInput key={`max:${target.metric}`} label={`Maximum for ${name}`} kind={info.kind} currency={currency} value={target.max} onCommit={setBound('max')} /></td>
        </>
      ) : (
        <>
          <th scope="row">{info.label}</th>
          <td>{target.year}</td>
          <td>{boundText(target, info.kind, currency)}</td>
        </>
      )}
      <td className="num" data-value={result?.value ?? ''}>
        {result === undefined ? '—' : result.value === null
          ? <span className="null-figure" title={info.whyNull} aria-label={`not computable: ${info.whyNull}`}>—</span>
          : formatPrecise(info.kind, result.value, currency)}
      </td>
      <td>
        {status
          ? <span className={`kpi-status kpi-status-${status.tone}`} title={status.detail}><strong>{TONE_TEXT[status.tone]} {status.text}</strong></span>
          : <span className="null-figure" title="The projection is not current: fix the marked cells">not current</span>}
      </td>
      {editing && (
        <td><button type="button" className="link-button" onClick={() => onRemove(index)} aria-label={`Remove target ${name}`}>Remove</button></td>
      )}
    </tr>
  );
}, sameRow);
