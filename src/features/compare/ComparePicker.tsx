import { useRef } from 'react';
import { readScenarioFile } from '../../state/scenario-file';
import { SHIPPED } from '../../state/shipped';
import { useStore } from '../../state/store';

/** Chooses what the open scenario is compared with: an example, a library entry or a file. */
export function ComparePicker({ swapped, onSwap }: { swapped: boolean; onSwap: () => void }) {
  const target = useStore((s) => s.compareWith);
  const library = useStore((s) => s.library);
  const name = useStore((s) => s.scenario.name);
  const { setCompareWith, showRefused, notify } = useStore.getState();
  const input = useRef<HTMLInputElement>(null);

  const shipped = target && SHIPPED.find((x) => x.scenario === target.scenario);
  const entry = target && library.find((e) => e.scenario === target.scenario);
  const selected = !target ? '' : shipped ? `shipped:${shipped.id}` : entry ? `library:${entry.id}` : 'other';

  const choose = (value: string) => {
    const [kind, id] = value.split(/:(.*)/s) as [string, string | undefined];
    if (kind === 'shipped') {
      const x = SHIPPED.find((s) => s.id === id);
      if (x) setCompareWith({ label: `Example: ${x.scenario.name}`, scenario: x.scenario });
    } else if (kind === 'library') {
      const e = library.find((s) => s.id === id);
      if (e) setCompareWith({ label: `Library: ${e.name}`, scenario: e.scenario });
    }
  };

  const openFile = async (file: File) => {
    const parsed = await readScenarioFile(file);
    if (!parsed.ok) {
      showRefused(file.name, parsed.problems);
      return;
    }
    setCompareWith({ label: `File: ${file.name}`, scenario: parsed.scenario });
    notify({ kind: 'success', text: `Comparing with "${file.name}".` });
  };

  return (
    <div className="compare-picker">
      <label>
        <span>Compare <strong>{name}</strong> with</span>
        <select value={selected} onChange={(e) => choose(e.target.value)}>
          <option value="" disabled>Choose a scenario…</option>
          {selected === 'other' && <option value="other">{target!.label}</option>}
          <optgroup label="Examples">
            {SHIPPED.map((x) => <option key={x.id} value={`shipped:${x.id}`}>{x.scenario.name}</option>)}
          </optgroup>
          {library.length > 0 && (
            <optgroup label="Your library">
              {library.map((e) => <option key={e.id} value={`library:${e.id}`}>{e.name}</option>)}
            </optgroup>
          )}
        </select>
      </label>
      <button type="button" className="button" onClick={() => input.current?.click()}>Compare with a file…</button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-label="Compare with a scenario file"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void openFile(file);
        }}
      />
      {target && (
        <button type="button" className="button" onClick={onSwap} aria-pressed={swapped}>
          Swap old and new
        </button>
      )}
    </div>
  );
}
