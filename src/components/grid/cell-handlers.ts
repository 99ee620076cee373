import type { Move } from './CellEditor';
import type { Handlers } from './grid-handlers';
import { at, type Selection } from './selection';

/** Where an edit is open: its cell (each grid adds what it keeps, such as the typed text). */
export interface EditAt {
  row: number;
  col: number;
}

/** What a grid gives the shared cell behaviour: its state, read through refs, and its own storing. */
export interface CellHandlerParts<E extends EditAt> {
  latest: { readonly current: { editing: E | null; sel: Selection } };
  dragging: { current: boolean };
  /** Selects and asks for focus. */
  go: (next: Selection) => void;
  setSel: (next: Selection) => void;
  setEditing: (editing: E | null) => void;
  startEdit: (row: number, col: number) => void;
  /** Stores the typed text in the open edit's cell; a message when it cannot (the edit stays open). */
  store: (text: string) => string | null;
  /** Where the selection goes after a commit that moves (Enter, Tab and their Shift forms). */
  after: (editing: E, move: Move) => Selection;
  /** Says that leaving a cell kept its old value, and why. */
  notChanged: (editing: E, message: string) => void;
}

/**
 * The mouse and edit behaviour both spreadsheet grids share (the assumptions and the actuals):
 * select by click or drag, Shift-click extends, commit or cancel an edit, leave one by clicking away.
 */
export function cellHandlers<E extends EditAt>(p: CellHandlerParts<E>): Handlers {
  return {
    mouseDown: (row, col, e) => {
      const { editing: ed, sel: s } = p.latest.current;
      if (e.button !== 0 || (ed && ed.row === row && ed.col === col)) return;
      e.preventDefault(); // no text selection while dragging; focus is moved by hand
      p.dragging.current = true;
      p.go(e.shiftKey ? { ...s, row, col } : at(row, col));
    },
    mouseEnter: (row, col, e) => {
      if (!p.dragging.current || (e.buttons & 1) === 0 || p.latest.current.editing) return;
      p.setSel({ ...p.latest.current.sel, row, col });
    },
    edit: (row, col) => { p.setSel(at(row, col)); p.startEdit(row, col); },
    commit: (text, move) => {
      const e = p.latest.current.editing;
      if (!e) return null;
      const message = p.store(text);
      if (message) return message;
      p.setEditing(null);
      p.go(p.after(e, move));
      return null;
    },
    cancel: () => {
      const e = p.latest.current.editing;
      p.setEditing(null);
      if (e) p.go(at(e.row, e.col));
    },
    leave: (text) => {
      const e = p.latest.current.editing;
      if (!e) return;
      const message = p.store(text);
      if (message) p.notChanged(e, message);
      p.setEditing(null);
    },
  };
}
