import { useDeferredValue } from 'react';
import { useEvaluation, type Evaluation } from '../state/evaluation';

export interface ShownEvaluation {
  /** The working scenario's evaluation now: for the control being moved and the figure it drives. */
  live: Evaluation;
  /** The same a step behind while React catches up: cards, charts and tables draw from this one. */
  shown: Evaluation;
}

/**
 * The evaluation a view draws from, deferred: a slider step or a typed value renders its control
 * at once, and the cards, charts and tables follow in a render React can interrupt, so a drag
 * never waits for the whole page. They all take the one deferred evaluation, so a view never
 * mixes two projections, and at rest `shown` is `live`.
 */
export function useShownEvaluation(): ShownEvaluation {
  const live = useEvaluation();
  const shown = useDeferredValue(live);
  return { live, shown };
}
