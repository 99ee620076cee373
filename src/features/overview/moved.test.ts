import { describe, expect, it } from 'vitest';
import { moveMark, moved } from './moved';

describe('moved', () => {
  it('ignores float noise but sees a real change', () => {
    expect(moved(100, 100 + 1e-12)).toBe(false);
    expect(moved(100, 100.01)).toBe(true);
    expect(moved(0.925, 0.93)).toBe(true);
  });

  it('counts a figure that became (not) computable as moved, and a missing one (no previous edit) as not', () => {
    expect(moved(null, 3)).toBe(true);
    expect(moved(3, null)).toBe(true);
    expect(moved(null, null)).toBe(false);
    expect(moved(undefined, 3)).toBe(false);
  });

  it('marks a rise ▲ and a fall ▼', () => {
    expect(moveMark(1, 2)).toBe('▲');
    expect(moveMark(-175_000, -5_170_000)).toBe('▼');
    expect(moveMark(2, 2)).toBe('');
    expect(moveMark(null, 2)).toBe('•');
  });
});
