import { useEffect, useState } from 'react';
import { useStore } from '../../state/store';
import { openFile } from './file-actions';

const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** Dropping a file anywhere on the page opens it (through the same door as the File menu). */
export function DropZone() {
  const [over, setOver] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them to know when the drag left the page.
    let depth = 0;
    const enter = (e: DragEvent) => { if (carriesFiles(e)) { depth++; setOver(true); } };
    const leave = () => { depth = Math.max(0, depth - 1); if (depth === 0) setOver(false); };
    const overPage = (e: DragEvent) => { if (carriesFiles(e)) e.preventDefault(); };
    const drop = (e: DragEvent) => {
      depth = 0;
      setOver(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (!files.length) return;
      e.preventDefault();
      if (files.length > 1) useStore.getState().notify({ kind: 'info', text: `${files.length} files were dropped: opening the first, "${files[0]!.name}".` });
      void openFile(files[0]!);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overPage);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overPage);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!over) return null;
  return <div className="drop-overlay" aria-hidden="true"><p>Drop a scenario file to open it</p></div>;
}
