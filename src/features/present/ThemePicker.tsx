import { useStore } from '../../state/store';
import type { Theme } from '../../state/ui-slice';
import './header.css';

const THEMES: { id: Theme; label: string }[] = [
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
  { id: 'contrast', label: 'Contrast' },
];

/** Light, dark or high contrast; the charts follow through the theme's CSS variables. */
export function ThemePicker() {
  const theme = useStore((s) => s.theme);
  const setTheme = useStore((s) => s.setTheme);
  return (
    // The header is crowded: the select names itself, and its options say what they are.
    <select className="theme-picker" aria-label="Theme" title="Theme (high contrast suits projectors)" value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
      {THEMES.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
    </select>
  );
}
