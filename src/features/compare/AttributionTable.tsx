import type { KpiAttribution } from '../../model/attribution';
import { percent } from '../../components/format';
import { formatKpi, formatKpiDelta, kpiLabel } from './kpi-format';

const dash = <span className="null-figure" title="not computable">—</span>;

function Detail({ k, currency }: { k: KpiAttribution; currency: string }) {
  return (
    <details>
      <summary>All {k.effects.length} inputs</summary>
      <ul className="effect-list">
        {k.effects.map((e) => (
          <li key={e.input}>
            <span>{e.input}</span>
            <span className="effect-value">
              {e.effect === null ? e.note ?? 'not computable' : `${formatKpiDelta(k.kpi, e.effect, currency)}${e.share === null ? '' : ` (${percent(e.share, 0)})`}`}
            </span>
          </li>
        ))}
        {k.interaction !== null && Math.abs(k.interaction) > 1e-6 * Math.max(1, Math.abs(k.total ?? 0)) && (
          <li className="interaction"><span>Inputs acting together</span><span className="effect-value">{formatKpiDelta(k.kpi, k.interaction, currency)}</span></li>
        )}
      </ul>
    </details>
  );
}

/**
 * Which changed input explains most of each last-year difference: each input applied alone to
 * the old scenario, the move measured; the share is that move over the whole difference.
 */
export function AttributionTable({ kpis, year, oldName, newName, currency }: { kpis: KpiAttribution[]; year: number; oldName: string; newName: string; currency: string }) {
  return (
    <table className="compare-table attribution-table">
      <thead>
        <tr>
          <th scope="col">{year} figure</th>
          <th scope="col">{oldName}</th>
          <th scope="col">{newName}</th>
          <th scope="col">Difference</th>
          <th scope="col">Explained most by</th>
          <th scope="col">Share</th>
          <th scope="col"><span className="visually-hidden">Every input</span></th>
        </tr>
      </thead>
      <tbody>
        {kpis.map((k) => {
          const top = k.effects[0];
          const moved = k.total !== null && Math.abs(k.total) > 1e-9;
          return (
            <tr key={k.kpi} data-kpi={k.kpi}>
              <th scope="row">{kpiLabel(k.kpi)}</th>
              <td>{k.old === null ? dash : formatKpi(k.kpi, k.old, currency)}</td>
              <td>{k.new === null ? dash : formatKpi(k.kpi, k.new, currency)}</td>
              <td>{k.total === null ? dash : formatKpiDelta(k.kpi, k.total, currency)}</td>
              <td className="top-input">{!moved ? 'No change' : top && top.effect !== null ? top.input : '—'}</td>
              <td>{moved && top && top.share !== null ? percent(top.share, 0) : ''}</td>
              <td>{moved && k.effects.length > 0 && <Detail k={k} currency={currency} />}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
