import { useStore } from '../state/store';
import { ConflictNotice } from './ConflictNotice';

/** Messages to the user (errors, warnings, confirmations), announced to screen readers. */
export function Notices() {
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismiss);
  return (
    <div className="notices" aria-live="polite" aria-relevant="additions">
      <ConflictNotice />
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' || n.kind === 'warning' ? 'alert' : 'status'}>
          <span className="notice-text">{n.text}</span>
          {n.action && (
            <button type="button" onClick={() => { n.action!.run(); dismiss(n.id); }}>{n.action.label}</button>
          )}
          <button type="button" className="notice-close" aria-label="Dismiss message" onClick={() => dismiss(n.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
