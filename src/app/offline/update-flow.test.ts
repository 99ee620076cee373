// The update prompt never reloads the page by itself, and saves the working scenario before a
// reload the user asked for. The browser side (a real service worker update) is in
// test/e2e/offline-update.e2e.ts; here the two cases a single browser test cannot easily reach.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../state/store';
import { createUpdateFlow, UPDATE_TEXT, UPDATED_ELSEWHERE_TEXT } from './update-flow';

const steps: string[] = [];
vi.mock('../../state/autosave', () => ({ saveWorking: () => { steps.push('save'); } }));

function flow(activate: () => Promise<void> = () => { steps.push('activate'); return Promise.resolve(); }) {
  return createUpdateFlow({ activateWaiting: activate, reload: () => { steps.push('reload'); } });
}
const notices = () => useStore.getState().notices;
const clickReload = () => notices().at(-1)!.action!.run();

beforeEach(() => {
  steps.length = 0;
  useStore.setState({ notices: [] });
});

describe('update flow', () => {
  it('says a new version is ready; Reload saves, then starts it, then reloads once it controls the page', () => {
    const f = flow();
    f.onNeedRefresh();
    expect(notices().map((n) => [n.text, n.action?.label])).toEqual([[UPDATE_TEXT, 'Reload']]);
    expect(steps).toEqual([]);
    clickReload();
    expect(steps).toEqual(['save', 'activate']);
    // The waiting worker took over (workbox `controlling`): now the page reloads, saving again
    // in case an edit landed in between.
    f.onNeedReload();
    expect(steps).toEqual(['save', 'activate', 'save', 'reload']);
  });

  it('does not reload when another tab started the new version; it offers Reload instead', () => {
    const f = flow();
    f.onNeedRefresh();
    f.onNeedReload();
    expect(steps).toEqual([]);
    expect(notices().map((n) => n.text)).toEqual([UPDATED_ELSEWHERE_TEXT]);
    // The new version already controls the page: Reload reloads at once, after saving.
    clickReload();
    expect(steps).toEqual(['save', 'reload']);
  });

  it('keeps the page and says so when the new version cannot be started', async () => {
    const f = flow(() => Promise.reject(new Error('the service worker is gone')));
    f.onNeedRefresh();
    clickReload();
    await vi.waitFor(() => expect(notices().map((n) => n.kind)).toContain('error'));
    expect(notices().find((n) => n.kind === 'error')!.text).toBe('The new version could not be started (the service worker is gone). Your work is safe in this tab.');
    expect(steps).toEqual(['save']);
  });
});
