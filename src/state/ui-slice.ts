import type { StateCreator } from 'zustand';

export const VIEWS = [
  { id: 'model', label: 'Model' },
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'scenarios', label: 'Scenarios' },
  { id: 'compare', label: 'Compare' },
  { id: 'sensitivity', label: 'Sensitivity' },
  { id: 'guide', label: 'Guide' },
] as const;
export type ViewId = (typeof VIEWS)[number]['id'];
export type Theme = 'light' | 'dark' | 'contrast';

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
  presenting: boolean;
  setPresenting: (on: boolean) => void;
  notices: Notice[];
  /** Shows a message to the user; returns its id. */
  notify: (notice: Omit<Notice, 'id'>) => number;
  dismiss: (id: number) => void;
}

let nextNotice = 1;

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  view: 'model',
  setView: (view) => set({ view }),
  theme: 'light',
  setTheme: (theme) => set({ theme }),
  presenting: false,
  setPresenting: (presenting) => set({ presenting }),
  notices: [],
  notify: (notice) => {
    const id = nextNotice++;
    set((s) => ({ notices: [...s.notices.filter((n) => n.text !== notice.text), { ...notice, id }] }));
    return id;
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
