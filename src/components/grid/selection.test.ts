import { describe, expect, it } from 'vitest';
import { at, navigate } from './selection';

// A grid of 10 rows x 5 columns (the years), and one of 12 rows x 8 columns (the actuals' figures).
describe('navigation keys, as in a spreadsheet', () => {
  it('moves one cell with an arrow and stops at the edges', () => {
    expect(navigate(at(3, 2), 'ArrowDown', false, false, 10)).toEqual(at(4, 2));
    expect(navigate(at(3, 2), 'ArrowLeft', false, false, 10)).toEqual(at(3, 1));
    expect(navigate(at(0, 0), 'ArrowUp', false, false, 10)).toEqual(at(0, 0));
    expect(navigate(at(3, 4), 'ArrowRight', false, false, 10)).toEqual(at(3, 4));
  });
  it('jumps to the edge with Ctrl and extends the range with Shift', () => {
    expect(navigate(at(3, 2), 'ArrowDown', false, true, 10)).toEqual(at(9, 2));
    expect(navigate(at(3, 2), 'ArrowRight', false, true, 12, 8)).toEqual(at(3, 7));
    // Shift keeps the anchor where the range began.
    expect(navigate(at(3, 2), 'ArrowDown', true, false, 10)).toEqual({ row: 4, col: 2, anchorRow: 3, anchorCol: 2 });
  });
  it('tabs along the row, wraps to the next, and leaves past the last cell', () => {
    expect(navigate(at(3, 4), 'Tab', false, false, 10)).toEqual(at(4, 0));
    expect(navigate(at(4, 0), 'Tab', true, false, 10)).toEqual(at(3, 4));
    expect(navigate(at(9, 4), 'Tab', false, false, 10)).toBe('leave');
    expect(navigate(at(0, 0), 'Tab', true, false, 10)).toBe('leave');
  });
  it('Enter goes down and Shift-Enter up, collapsing a range', () => {
    expect(navigate({ row: 5, col: 1, anchorRow: 2, anchorCol: 0 }, 'Enter', false, false, 10)).toEqual(at(6, 1));
    expect(navigate(at(5, 1), 'Enter', true, false, 10)).toEqual(at(4, 1));
  });
  it('Home and End go along the row; with Ctrl to the first and last cells', () => {
    expect(navigate(at(5, 3), 'Home', false, false, 10)).toEqual(at(5, 0));
    expect(navigate(at(5, 1), 'End', false, false, 12, 8)).toEqual(at(5, 7));
    expect(navigate(at(5, 3), 'Home', false, true, 10)).toEqual(at(0, 0));
    expect(navigate(at(5, 3), 'End', false, true, 12, 8)).toEqual(at(11, 7));
  });
  it('Escape keeps one cell, Ctrl+A selects all, and other keys do not navigate', () => {
    expect(navigate({ row: 5, col: 1, anchorRow: 2, anchorCol: 0 }, 'Escape', false, false, 10)).toEqual(at(5, 1));
    expect(navigate(at(5, 3), 'a', false, true, 12, 8)).toEqual({ row: 11, col: 7, anchorRow: 0, anchorCol: 0 });
    expect(navigate(at(5, 3), 'a', false, false, 10)).toBeNull();
    expect(navigate(at(5, 3), 'F2', false, false, 10)).toBeNull();
  });
});
