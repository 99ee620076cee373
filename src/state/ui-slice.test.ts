// The theme is remembered in this browser: read back on start, light when none or unreadable.
import { afterEach, expect, it } from 'vitest';
import { memoryStore } from './memory-store';
import { setBackingStore } from './storage';
import { useStore } from './store';
import { rememberedTheme, THEME_KEY } from './ui-slice';

afterEach(() => setBackingStore(null));

it('setTheme writes the theme that rememberedTheme reads back', () => {
  const store = memoryStore();
  setBackingStore(store);
  expect(rememberedTheme()).toBe('light');
  useStore.getState().setTheme('dark');
  expect(store.map.get(THEME_KEY)).toBe('dark');
  expect(rememberedTheme()).toBe('dark');
});

it('an unknown stored value or storage that is switched off gives the light theme', () => {
  const store = memoryStore();
  store.map.set(THEME_KEY, 'neon');
  setBackingStore(store);
  expect(rememberedTheme()).toBe('light');
  setBackingStore(memoryStore('SecurityError'));
  expect(rememberedTheme()).toBe('light');
  useStore.getState().setTheme('contrast'); // the write fails; the theme still changes
  expect(useStore.getState().theme).toBe('contrast');
});
