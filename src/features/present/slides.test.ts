import { describe, expect, it } from 'vitest';
import { deck, slideAfterKey } from './slides';

describe('the deck', () => {
  it('has six slides, and the comparison as a seventh when one is active', () => {
    expect(deck(2030, null).map((s) => s.id)).toEqual(['kpis', 'mrr', 'bridge', 'unit', 'margins', 'cash']);
    expect(deck(2030, 'CRM aggressive').at(-1)).toEqual({ id: 'compare', title: 'Compared with CRM aggressive' });
    expect(deck(2031, null)[0]!.title).toContain('2031 targets');
  });
  it('moves with arrows and Page Up/Down, jumps with Home/End, and stops at both ends', () => {
    expect(slideAfterKey('ArrowRight', 0, 6)).toBe(1);
    expect(slideAfterKey('PageDown', 5, 6)).toBe(5);
    expect(slideAfterKey('ArrowLeft', 0, 6)).toBe(0);
    expect(slideAfterKey('PageUp', 3, 6)).toBe(2);
    expect(slideAfterKey('End', 0, 6)).toBe(5);
    expect(slideAfterKey('Home', 4, 6)).toBe(0);
    expect(slideAfterKey('a', 2, 6)).toBeNull();
  });
});
