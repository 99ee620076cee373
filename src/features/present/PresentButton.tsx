import { useStore } from '../../state/store';

/** Starts the presentation: full screen when the browser allows it, an overlay in any case. */
export function PresentButton() {
  const setPresenting = useStore((s) => s.setPresenting);
  const start = () => {
    setPresenting(true);
    // A browser may refuse full screen (headless, an iframe, a policy): the overlay still
    // covers the window, so the refusal changes nothing the presenter needs.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  return <button type="button" className="present-button" onClick={start}>Present</button>;
}
