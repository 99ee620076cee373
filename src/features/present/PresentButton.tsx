import { waitMessage } from '../../components/figures-wait';
import { useWorkingEvaluation } from '../../state/evaluation';
import { useStore } from '../../state/store';

/** Starts the presentation: full screen when the browser allows it, an overlay in any case. */
export function PresentButton() {
  const setPresenting = useStore((s) => s.setPresenting);
  const notify = useStore((s) => s.notify);
  const name = useStore((s) => s.scenario.name);
  const { shown, problems } = useWorkingEvaluation();
  const start = () => {
    // A scenario that never computed has no figures to present: say why instead of starting.
    if (!shown) { notify({ kind: 'warning', text: waitMessage('Presenting waits', name, problems) }); return; }
    setPresenting(true);
    // A browser may refuse full screen (headless, an iframe, a policy): the overlay still
    // covers the window, so the refusal changes nothing the presenter needs.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  // Not disabled while it waits: a click says why, which a disabled button could not.
  return <button type="button" className="present-button" title={shown ? undefined : waitMessage('Presenting waits', name, problems)} onClick={start}>Present</button>;
}
