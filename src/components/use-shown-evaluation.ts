import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useEvaluation, type Evaluation } from '../state/evaluation';
import { useStore } from '../state/store';

export interface ShownEvaluation {
  /** The working scenario's evaluation now: for the control being moved and the figure it drives. */
  live: Evaluation;
  /** The same a step behind while React catches up: cards, charts and tables draw from this one. */
  shown: Evaluation;
}

// Where frames stop coming (a hidden tab), the figures still follow after this long.
const NO_FRAME_MS = 250;

/**
 * Calls `then` once the frame now being prepared has been painted: a message posted from the
 * frame's animation callback is handled after the frame's paint. Returns a cancel function.
 */
export function afterNextPaint(then: () => void): () => void {
  let done = false;
  const channel = new MessageChannel();
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    then();
  };
  channel.port1.onmessage = run;
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  const timer = setTimeout(run, NO_FRAME_MS);
  function cancel() {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    channel.port1.close();
  }
  return cancel;
}

interface Shown { evaluation: Evaluation; opened: number }

/**
 * The evaluation a view draws from, deferred: a slider step or a typed value paints its control
 * at once, and only once that frame is painted do the cards, charts and tables start to follow,
 * in a transition React can interrupt. (useDeferredValue starts the deferred render straight after
 * the urgent one, in the same gap before the frame, so the slider's frame waited for a slice of
 * the dashboard.) Every region takes the one deferred evaluation, so a view never mixes two
 * projections, and at rest `shown` is `live`. Another scenario opened shows at once: a view never
 * shows one scenario's figures under another's name.
 */
export function useShownEvaluation(): ShownEvaluation {
  const live = useEvaluation();
  const opened = useStore((s) => s.opened);
  const [deferred, setDeferred] = useState<Shown>({ evaluation: live, opened });
  // The newest evaluation, read when the transition starts: during a drag one pending update at a
  // time carries whatever is newest by then, rather than each move cancelling the last.
  const latest = useRef<Shown>(deferred);
  const pending = useRef<(() => void) | null>(null);
  // A layout effect, so the frame asked for is the one about to paint this commit (a passive
  // effect may run after that paint and wait a whole frame more).
  useLayoutEffect(() => {
    latest.current = { evaluation: live, opened };
    if (deferred.evaluation === live && deferred.opened === opened) return;
    if (deferred.opened !== opened) {
      setDeferred(latest.current);
      return;
    }
    pending.current ??= afterNextPaint(() => {
      pending.current = null;
      startTransition(() => setDeferred(latest.current));
    });
  }, [live, opened, deferred]);
  useEffect(() => () => {
    pending.current?.();
    pending.current = null;
  }, []);
  return { live, shown: deferred.opened === opened ? deferred.evaluation : live };
}
