// The machine's own floor for "a key step to the next painted frame": a blank page whose key
// handler does a fixed amount of work (a busy loop) and changes one text. Whatever the app does,
// its figures cannot be lower than this page's with the same work; on a noisy VM it also says how
// fast the machine was while the other figures were taken.
import type { Browser } from 'playwright-core';
import { pressKey } from './keys';

// The same probe as the app's benchmarks: a capture listener, then requestAnimationFrame and a
// message posted from it, which runs once the frame has been painted.
const page = (busyMs: number) => `<!doctype html><input type="range" aria-label="step"><p id="out">0</p><script>
  window.__times = [];
  window.addEventListener('keydown', () => {
    const t0 = performance.now();
    while (performance.now() - t0 < ${busyMs}) {}
    document.getElementById('out').textContent = String(t0);
    requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => window.__times.push(performance.now() - t0); c.port2.postMessage(null); });
  }, true);
</script>`;

/** Key step to painted frame on a blank page whose handler works `busyMs`: n steps after 5 unmeasured. */
export async function frameFloor(browser: Browser, busyMs: number, n = 60): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const p = await context.newPage();
    await p.setContent(page(busyMs));
    await p.getByRole('slider', { name: 'step' }).focus();
    for (let i = 0; i < n + 5; i++) {
      await pressKey(p, i % 20 < 10 ? 'ArrowRight' : 'ArrowLeft');
      await p.waitForTimeout(30);
    }
    return ((await p.evaluate('window.__times')) as number[]).slice(5);
  } finally {
    await context.close();
  }
}
