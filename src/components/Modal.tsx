import { useEffect, useId, useRef, type ReactNode } from 'react';
import './modal.css';

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert (the focus
 * stays inside) and Escape cancels. The caller owns whether it is open: it mounts it to open it.
 */
export function Modal({ title, onClose, children, className = '' }: { title: string; onClose: () => void; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    return () => { if (dialog.open) dialog.close(); };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal ${className}`}
      aria-labelledby={titleId}
      onCancel={(e) => { e.preventDefault(); onClose(); }}
    >
      <h2 id={titleId} className="modal-title">{title}</h2>
      {children}
    </dialog>
  );
}
