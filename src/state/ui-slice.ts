import type { StateCreator } from 'zustand';

export type ViewId = 'overview';

export interface UiSlice {
  view: ViewId;
  setView: (view: ViewId) => void;
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  view: 'overview',
  setView: (view) => set({ view }),
});
