import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import './scenarios.css';
import { hasUnsavedChanges } from '../../state/library-slice';
import { useStore } from '../../state/store';
import { downloadCopy, openFile, openWithPicker, save, saveAs } from './file-actions';

// The share dialog (and its link encoding) loads when first opened.
const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));

/** The header's File menu: open, save, save as, save to library, share link, download a copy. */
export function FileMenu() {
  const [open, setOpen] = useState(false);
  const [sharing, setSharing] = useState(false);
  const dirty = useStore(hasUnsavedChanges);
  const saveToLibrary = useStore((s) => s.saveToLibrary);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  const items: { label: string; run: () => void }[] = [
    { label: 'Open…', run: () => void openWithPicker(input.current) },
    { label: 'Save', run: () => void save() },
    { label: 'Save as…', run: () => void saveAs() },
    { label: 'Save to library', run: saveToLibrary },
    { label: 'Share link…', run: () => setSharing(true) },
    { label: 'Download a copy', run: downloadCopy },
  ];

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const all = Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const moveTo = (i: number) => { e.preventDefault(); all[(i + all.length) % all.length]?.focus(); };
    if (e.key === 'ArrowDown') moveTo(at + 1);
    else if (e.key === 'ArrowUp') moveTo(at - 1);
    else if (e.key === 'Home') moveTo(0);
    else if (e.key === 'End') moveTo(all.length - 1);
    else if (e.key === 'Escape') { e.preventDefault(); setOpen(false); button.current?.focus(); }
    else if (e.key === 'Tab') setOpen(false);
  };

  return (
    <div className="file-menu">
      <button ref={button} type="button" className="file-menu-button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        File <span aria-hidden="true">▾</span>
      </button>
      {dirty && <span className="save-state" title="Kept in this browser automatically. Save writes a file; Save to library keeps a named copy.">Unsaved changes</span>}
      {open && (
        <ul ref={menu} role="menu" aria-label="File" className="file-menu-list" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.label} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => { setOpen(false); item.run(); }}>{item.label}</button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-label="Open a scenario file"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Clear it so that opening the same file again still fires a change.
          e.currentTarget.value = '';
          if (file) void openFile(file);
        }}
      />
      {sharing && <Suspense fallback={null}><ShareDialog onClose={() => setSharing(false)} /></Suspense>}
    </div>
  );
}
