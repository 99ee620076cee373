import { memo, useId } from 'react';
import { beginGesture, endGesture, gestureBase } from '../../state/history';
import { useStore } from '../../state/store';
import { inputEntry } from '../../model/catalogue';
import { money, percent } from '../format';
import { applyLever, leverValue, type Lever, type Scope } from './levers';

const show = (lever: Lever, x: number, currency: string) => (lever.unit === 'money' ? money(x, currency) : percent(x, lever.step < 0.001 ? 2 : 1));
/** The row's unit and period from the catalogue: "$8.00 per visitor", "2.50% /mo". */
const withUnit = (lever: Lever, text: string) => {
  const ref = lever.ref(0);
  const { unit } = inputEntry(ref.kind === 'driver' ? ref : { kind: 'plan', field: ref.field });
  return unit ? `${text} ${unit}` : text;
};

/**
 * One slider. A drag is one undo step: the gesture starts on pointer down and ends on release;
 * every move applies the slider's value to the scenario from before the drag, so the projection
 * follows continuously without compounding. Arrow keys make one step per press.
 */
export const WhatIfSlider = memo(function WhatIfSlider({ lever, scope, value, currency }: { lever: Lever; scope: Scope; value: number; currency: string }) {
  const id = useId();
  // The range widens for a value already beyond the usual top; it is read from the scenario
  // before the drag, so the thumb does not jump while dragging.
  const max = Math.max(lever.max, leverValue(gestureBase(), lever, scope));
  const start = () => {
    beginGesture();
    const end = () => {
      endGesture();
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
    };
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
  };
  const change = (x: number) => {
    const next = applyLever(gestureBase(), lever, scope, x);
    useStore.getState().updateScenario(() => next);
  };
  const text = withUnit(lever, show(lever, value, currency));
  return (
    <div className="what-if-slider">
      <label htmlFor={id}>{lever.label}</label>
      <output htmlFor={id}>{text}</output>
      <input
        id={id}
        type="range"
        min={lever.min}
        max={max}
        step={lever.step}
        value={value}
        aria-valuetext={text}
        onPointerDown={start}
        onChange={(e) => change(Number(e.target.value))}
      />
    </div>
  );
});
