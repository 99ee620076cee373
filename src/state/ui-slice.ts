import type { StateCreator } from 'zustand';
import type { CellRef } from '../model/types';
import { PREFIX, readText, writeText } from './storage';

export const VIEWS = [
  { id: 'model', label: 'Model' },
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'actuals', label: 'Actuals' },
  { id: 'scenarios', label: 'Scenarios' },
  { id: 'compare', label: 'Compare' },
  { id: 'sensitivity', label: 'Sensitivity' },
  { id: 'guide', label: 'Guide' },
] as const;
export type ViewId = (typeof VIEWS)[number]['id'];
export type Theme = 'light' | 'dark' | 'contrast';
/** What the figures show when the scenario has actuals: the forecast from them, or the plan alone. */
export type Basis = 'forecast' | 'plan';
export type ActualsTab = 'enter' | 'compare';

export interface Notice {
  id: number;
  kind: 'info' | 'success' | 'warning' | 'error';
  /** Plain text: nothing from a file or link is ever put into the page as HTML. */
  text: string;
  /** Optional action, e.g. "Download a copy". */
  action?: { label: string; run: () => void };
}

export interface UiSlice {
  view: ViewId;
  setView: (view: ViewId) => void;
  theme: Theme;
  setTheme: (theme: Theme) => void;
  /** Forecast or plan: which the dashboard, cards, tables, targets and slides show when there are actuals. */
  basis: Basis;
  setBasis: (basis: Basis) => void;
  presenting: boolean;
  setPresenting: (on: boolean) => void;
  /** The Model view's what-if sliders: closed at first so the whole grid fits a 1280x800 screen, and kept while the user visits other views. */
  modelWhatIfOpen: boolean;
  setModelWhatIfOpen: (open: boolean) => void;
  /** The Actuals view's tab, entering the months or plan against actual: kept while the user visits other views. */
  actualsTab: ActualsTab;
  setActualsTab: (tab: ActualsTab) => void;
  notices: Notice[];
  /** Shows a message to the user; returns its id. */
  notify: (notice: Omit<Notice, 'id'>) => number;
  dismiss: (id: number) => void;
  /** A request from another view (the tornado) to select a cell in the grid; the grid consumes it. */
  focusRequest: { ref: CellRef; nonce: number } | null;
  /** Asks the grid to select a cell; a new nonce each time, so the same cell can be asked again. */
  requestFocus: (ref: CellRef) => void;
  /** The grid took the request: a later visit to the Model view starts where the user left. */
  clearFocusRequest: () => void;
}

let nextNotice = 1;

export const THEME_KEY = `${PREFIX}theme`;
const THEMES: readonly Theme[] = ['light', 'dark', 'contrast'];

/** The theme chosen last time, remembered in this browser; light when none (or storage is off). */
export function rememberedTheme(): Theme {
  const read = readText(THEME_KEY, 'reading the theme');
  return read.ok && THEMES.includes(read.text as Theme) ? (read.text as Theme) : 'light';
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  view: 'model',
  setView: (view) => set({ view }),
  theme: rememberedTheme(),
  setTheme: (theme) => {
    set({ theme });
    // A theme not remembered costs one click next time; storage failures that lose work are
    // reported by the autosave, so this one is not said again.
    writeText(THEME_KEY, theme, 'remembering the theme');
  },
  basis: 'forecast',
  setBasis: (basis) => set({ basis }),
  presenting: false,
  setPresenting: (presenting) => set({ presenting }),
  modelWhatIfOpen: false,
  setModelWhatIfOpen: (modelWhatIfOpen) => set({ modelWhatIfOpen }),
  actualsTab: 'enter',
  setActualsTab: (actualsTab) => set({ actualsTab }),
  notices: [],
  notify: (notice) => {
    const id = nextNotice++;
    set((s) => ({ notices: [...s.notices.filter((n) => n.text !== notice.text), { ...notice, id }] }));
    return id;
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  focusRequest: null,
  requestFocus: (ref) => set((s) => ({ focusRequest: { ref, nonce: (s.focusRequest?.nonce ?? 0) + 1 } })),
  clearFocusRequest: () => set({ focusRequest: null }),
});
