import { parseScenario } from '../model/parse-scenario';
import type { Scenario } from '../model/types';

// The scenarios in scenarios/ ship inside the app bundle (no network at run time).
const files = import.meta.glob<{ default: unknown }>('../../scenarios/*.json', { eager: true });

export interface ShippedScenario {
  /** The file name without .json, e.g. `crm-baseline`. */
  id: string;
  scenario: Scenario;
}

/** Every shipped scenario, baseline first. A shipped file that does not parse is a bug. */
export const SHIPPED: readonly ShippedScenario[] = Object.entries(files)
  .map(([path, mod]) => {
    const id = path.replace(/^.*\//, '').replace(/\.json$/, '');
    const parsed = parseScenario(mod.default);
    if (!parsed.ok) throw new Error(`Shipped scenario ${id} does not parse: ${parsed.problems.map((p) => `${p.place}: ${p.message}`).join('; ')}`);
    return { id, scenario: parsed.scenario };
  })
  .sort((a, b) => (a.id === 'crm-baseline' ? -1 : b.id === 'crm-baseline' ? 1 : a.id.localeCompare(b.id)));

/** A shipped scenario by id. */
export function shippedScenario(id: string): Scenario | undefined {
  return SHIPPED.find((s) => s.id === id)?.scenario;
}
