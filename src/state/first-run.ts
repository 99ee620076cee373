import { PREFIX, readText, writeText } from './storage';

export const INTRO_KEY = `${PREFIX}intro-dismissed`;

/** Whether this browser has dismissed the first-run introduction (storage off: not yet, show it). */
export function introDismissed(): boolean {
  const read = readText(INTRO_KEY, 'reading whether the introduction was seen');
  return read.ok && read.text !== null;
}

/** Remembers that the introduction was dismissed. A failure costs one more look at two lines, so it is not reported. */
export function dismissIntro(): void {
  writeText(INTRO_KEY, new Date().toISOString(), 'remembering the introduction');
}
