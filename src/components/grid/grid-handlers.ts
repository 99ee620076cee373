import { createContext, type MouseEvent } from 'react';
import type { Move } from './CellEditor';

/** The grid's callbacks, one stable object so memoised cells never re-render for them. */
export interface Handlers {
  mouseDown: (row: number, col: number, e: MouseEvent) => void;
  mouseEnter: (row: number, col: number, e: MouseEvent) => void;
  edit: (row: number, col: number) => void;
  commit: (text: string, move: Move) => string | null;
  cancel: () => void;
  leave: (text: string) => void;
}

const noop = () => {};
export const GridHandlers = createContext<Handlers>({ mouseDown: noop, mouseEnter: noop, edit: noop, commit: () => null, cancel: noop, leave: noop });
