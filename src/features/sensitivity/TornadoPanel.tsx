import { useParentSize } from '@visx/responsive';
import { useMemo } from 'react';
import { TornadoChart, tornadoHeight, type TornadoDatum } from '../../components/charts/TornadoChart';
import { ANNUAL_INFO } from '../../components/charts/metrics';
import { cellOf, parseRowName, rowLabel, rowName } from '../../model/inputs';
import { tornado } from '../../model/tornado';
import { YEARS } from '../../model/types';
import { useStore } from '../../state/store';
import { fmt, fmtCompact, OUTPUT_OPTIONS } from './options';
import { Field } from './Field';
import { useValuesModel } from './use-values-model';

const STEPS = [0.01, 0.05, 0.1, 0.2, 0.3, 0.5];
const IGNORE: ('height' | 'top' | 'left')[] = ['height', 'top', 'left'];

/** Tornado: every input row moved down and up by a step; bars ranked by how far the output moves. */
export function TornadoPanel() {
  const { scenario, model } = useValuesModel();
  const settings = useStore((s) => s.tornadoSettings);
  const setSettings = useStore((s) => s.setTornadoSettings);
  const requestFocus = useStore((s) => s.requestFocus);
  const setView = useStore((s) => s.setView);
  const { parentRef, width } = useParentSize({ debounceTime: 50, ignoreDimensions: IGNORE });
  const { metric, y, step } = settings;
  const info = ANNUAL_INFO[metric];
  const result = useMemo(() => tornado(model, { kind: 'annual', key: metric }, y, step), [model, metric, y, step]);
  const ids = scenario.plans.map((p) => p.id);
  const bars: TornadoDatum[] = result.bars.map((b) => ({
    id: rowName(b.row, ids), label: rowLabel(scenario, b.row), low: b.low, high: b.high, span: b.span, clamped: b.clampedDown || b.clampedUp,
  }));
  const currency = scenario.currency;
  const stepLabel = `${Math.round(step * 100)} %`;
  const year = scenario.startYear + y;
  const select = (id: string) => {
    const row = parseRowName(id, ids);
    if (!row) return;
    requestFocus(cellOf(row, y));
    setView('model');
  };
  const clampedAny = bars.some((b) => b.clamped);
  return (
    <div className="sens-tornado">
      <div className="sens-controls">
        <Field label="Output">{(id) => (
          <select id={id} value={metric} onChange={(e) => setSettings({ metric: e.target.value as typeof metric })}>
            {OUTPUT_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        )}</Field>
        <Field label="Year">{(id) => (
          <select id={id} value={y} onChange={(e) => setSettings({ y: Number(e.target.value) })}>
            {Array.from({ length: YEARS }, (_, k) => <option key={k} value={k}>{scenario.startYear + k}</option>)}
          </select>
        )}</Field>
        <Field label="Move each input by">{(id) => (
          <select id={id} value={step} onChange={(e) => setSettings({ step: Number(e.target.value) })}>
            {STEPS.map((s) => <option key={s} value={s}>{`± ${Math.round(s * 100)} %`}</option>)}
          </select>
        )}</Field>
      </div>
      <p className="sens-note">
        Each input row moves {stepLabel} down and up in every year at once; the bars rank the rows by how far {info.label} {year} moves.
        Rates stop at 0 % and 100 % (churn + upgrade + downgrade at 100 %) and costs at 0: such rows are marked *.
        Moving a plan&apos;s mix rescales the other plans&apos; mix so each year still sums to 100 %.
        Click a bar, or focus it and press Enter, to select that row in the grid.
      </p>
      {result.base === null ? (
        <p role="status" className="sens-warning">{info.label} {year} is not computable in this scenario ({info.whyNull}), so there is nothing to rank.</p>
      ) : (
        <div ref={parentRef} className="sens-chart">
          <p className="sens-base">Today: {info.label} {year} = <strong data-testid="tornado-base">{fmt(info.kind, result.base, currency)}</strong>{clampedAny && ' · * stopped at its valid range'}</p>
          {width > 0 && (
            <TornadoChart
              width={Math.floor(width)}
              height={tornadoHeight(bars.length)}
              title={`What moves ${info.label} ${year} most`}
              base={result.base}
              bars={bars}
              stepLabel={stepLabel}
              format={(x) => fmtCompact(info.kind, x, currency)}
              onSelect={select}
            />
          )}
        </div>
      )}
    </div>
  );
}
