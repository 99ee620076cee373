import { localPoint } from '@visx/event';
import { useTooltip } from '@visx/tooltip';
import { useCallback, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';

export interface Cursor {
  /** The month (or year) under the pointer or chosen with the keyboard; `null` when none. */
  index: number | null;
  handlers: {
    onPointerMove: (e: PointerEvent<SVGSVGElement>) => void;
    onPointerLeave: () => void;
    onKeyDown: (e: KeyboardEvent<SVGSVGElement>) => void;
    onFocus: (e: FocusEvent<SVGSVGElement>) => void;
    onBlur: () => void;
  };
}

/**
 * Which point of a chart the reader is looking at: the pointer's position, or with the keyboard
 * (the chart is focusable) the arrow keys, Home and End, so every figure is reachable without a mouse.
 * `indexAt` maps an x in SVG pixels to an index 0..count-1.
 */
export function useCursor(count: number, indexAt: (svgX: number) => number): Cursor {
  const { tooltipOpen, tooltipData, showTooltip, hideTooltip } = useTooltip<number>();
  const index = tooltipOpen && tooltipData !== undefined ? tooltipData : null;
  const show = useCallback((i: number) => showTooltip({ tooltipData: Math.max(0, Math.min(count - 1, i)) }), [count, showTooltip]);

  const onPointerMove = useCallback((e: PointerEvent<SVGSVGElement>) => {
    const p = localPoint(e.currentTarget, e);
    if (p) show(Math.round(indexAt(p.x)));
  }, [indexAt, show]);

  const onKeyDown = useCallback((e: KeyboardEvent<SVGSVGElement>) => {
    const at = index ?? count - 1;
    const step = e.shiftKey ? 12 : 1;
    const next = e.key === 'ArrowLeft' ? at - step : e.key === 'ArrowRight' ? at + step : e.key === 'Home' ? 0 : e.key === 'End' ? count - 1 : null;
    if (next === null) { if (e.key === 'Escape') hideTooltip(); return; }
    e.preventDefault();
    show(next);
  }, [count, hideTooltip, index, show]);

  const onFocus = useCallback((e: FocusEvent<SVGSVGElement>) => {
    // Only keyboard focus opens the reading; a click focuses too, and the pointer already shows it.
    if (e.currentTarget.matches(':focus-visible')) show(count - 1);
  }, [count, show]);

  return { index, handlers: { onPointerMove, onPointerLeave: hideTooltip, onKeyDown, onFocus, onBlur: hideTooltip } };
}
