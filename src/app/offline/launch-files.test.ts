// A double-clicked scenario file reaches the app through window.launchQueue (File Handling API).
// Chromium headless cannot launch an installed app with a file, so a fake queue and fake file
// handles stand in for the browser; the file goes through the real File > Open path.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFile } from '../../features/scenarios/file-actions';
import { memoryStore } from '../../state/memory-store';
import { fileHandle, setFileHandle, type FileHandle } from '../../state/scenario-file';
import { shippedScenario } from '../../state/shipped';
import { setBackingStore } from '../../state/storage';
import { useStore } from '../../state/store';
import { consumeLaunchQueue, type LaunchParams } from './launch-files';

const baseline = shippedScenario('crm-baseline')!;

/** A launch queue as Chromium has it: the page sets one consumer, the browser calls it per launch. */
function fakeQueue() {
  let consumer: ((params: LaunchParams) => void | Promise<void>) | null = null;
  return {
    host: { launchQueue: { setConsumer: (c: typeof consumer) => { consumer = c; } } },
    launch: async (files: LaunchParams['files']) => { await consumer!({ files }); },
  };
}

function handle(name: string, text: string): FileHandle {
  return {
    name, kind: 'file',
    getFile: () => Promise.resolve(new File([text], name, { type: 'application/json' })),
    createWritable: () => Promise.reject(new Error('not written in these tests')),
  };
}

/** The baseline file renamed: proves which scenario is on screen. */
function renamed(name: string): string {
  const doc = JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')) as { name: string };
  doc.name = name;
  return JSON.stringify(doc);
}

beforeEach(() => {
  setBackingStore(memoryStore());
  setFileHandle(null);
  useStore.setState({ scenario: baseline, library: [], notices: [], refused: null, document: { entryId: null, fileName: null, saved: baseline } });
});

describe('launch queue consumer', () => {
  it('does nothing where the browser has no launch queue', () => {
    expect(consumeLaunchQueue(openFile, {})).toBe(false);
  });

  it('opens a launched scenario file like File > Open, and Save writes back to it', async () => {
    const queue = fakeQueue();
    expect(consumeLaunchQueue(openFile, queue.host)).toBe(true);
    const file = handle('plan-b.json', renamed('Plan B'));
    await queue.launch([file]);
    const s = useStore.getState();
    expect(s.scenario.name).toBe('Plan B');
    expect(s.document.fileName).toBe('plan-b.json');
    // The handle the browser gave is kept: Save writes to the double-clicked file.
    expect(fileHandle()).toBe(file);
    expect(s.notices.map((n) => n.text)).toEqual(['Opened "plan-b.json".']);
  });

  it('keeps unsaved work in the library when a file is launched into the open app', async () => {
    useStore.getState().setField('startingCash', 2_500_000);
    const queue = fakeQueue();
    consumeLaunchQueue(openFile, queue.host);
    await queue.launch([handle('plan-b.json', renamed('Plan B'))]);
    const s = useStore.getState();
    expect(s.scenario.name).toBe('Plan B');
    expect(s.library.map((e) => e.scenario.startingCash)).toEqual([2_500_000]);
  });

  it('refuses a bad file through parseScenario: its problems are shown and the scenario stays', async () => {
    const queue = fakeQueue();
    consumeLaunchQueue(openFile, queue.host);
    await queue.launch([handle('broken.json', '{"name": "Broken"')]);
    const s = useStore.getState();
    expect(s.scenario).toBe(baseline);
    expect(s.refused?.title).toBe('broken.json');
    expect(s.refused?.problems.length).toBeGreaterThan(0);
    expect(fileHandle()).toBe(null);
  });

  it('opens the first of several files and says the others were not opened', async () => {
    const queue = fakeQueue();
    consumeLaunchQueue(openFile, queue.host);
    await queue.launch([handle('one.json', renamed('One')), handle('two.json', renamed('Two'))]);
    const s = useStore.getState();
    expect(s.scenario.name).toBe('One');
    expect(s.notices.map((n) => n.text)).toContain('Opened "one.json" only: Trajectory works on one scenario at a time. Open the others with File > Open.');
  });

  it('ignores folders, and says so when a file cannot be read', async () => {
    const queue = fakeQueue();
    consumeLaunchQueue(openFile, queue.host);
    await queue.launch([{ kind: 'directory', name: 'plans' }]);
    expect(useStore.getState().scenario).toBe(baseline);
    const unreadable: FileHandle = { ...handle('gone.json', ''), getFile: () => Promise.reject(new DOMException('The file was moved', 'NotFoundError')) };
    await queue.launch([unreadable]);
    expect(useStore.getState().scenario).toBe(baseline);
    expect(useStore.getState().notices.map((n) => n.text)).toEqual(['"gone.json" could not be read (The file was moved). Try File > Open.']);
  });
});
