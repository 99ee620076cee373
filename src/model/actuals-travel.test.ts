import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse-scenario';
import { serializeScenario } from './serialize';
import { decodeShareFragment, encodeShareFragment } from './share-link';
import type { Scenario } from './types';

// Actuals travel everywhere a scenario goes (issue 17): a saved file and a share link bring every
// actual month back as it was; a link whose actuals break a rule is refused naming month and figure.
const example = (): Scenario => JSON.parse(readFileSync('scenarios/crm-actuals-2026.json', 'utf8')) as Scenario;

describe('actuals in files and links', () => {
  it('a saved file and a share link read back with the same six actual months', () => {
    const s = example();
    expect(s.actuals).toHaveLength(6);
    const file = parseScenario(JSON.parse(serializeScenario(s)));
    if (!file.ok) throw new Error(file.problems[0]!.message);
    expect(file.scenario.actuals).toEqual(s.actuals);
    const link = decodeShareFragment(encodeShareFragment(s));
    if (!link.ok) throw new Error(link.message);
    expect(link.scenario.actuals).toEqual(s.actuals);
  });

  it('a link whose actual month gives a negative figure is refused, naming the month and the figure', () => {
    const s = example();
    const actuals = s.actuals!.map((a, m) => (m === 2 ? { ...a, visitors: -5 } : a));
    const back = decodeShareFragment(encodeShareFragment({ ...s, actuals }));
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.problems.map((p) => `${p.place}: ${p.message}`).join('\n')).toMatch(/2026-03, visitors/);
  });
});
