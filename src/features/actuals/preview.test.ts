import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvTable } from '../../model/actuals-import/csv';
import { baselineScenario } from '../../state/scenario-slice';
import { sessionFor } from './import-session';
import { previewImport } from './preview';

const session = (text: string, options = {}) => {
  const t = csvTable(text);
  if (!t.ok) throw new Error(t.message);
  return { ...sessionFor('file.csv', t.table), options };
};
const base = { ...baselineScenario(), actuals: [{ month: '2026-01', visitors: 1900 }] };

describe('the import preview', () => {
  it('lists what will change and lets a clean file be accepted', () => {
    const p = previewImport(base, session('month,visitors,mrr\n2026-01,2000,1810\n2026-02,2100,3850\n'));
    expect(p.problems).toEqual([]);
    expect(p.canAccept).toBe(true);
    expect(p.changes).toEqual([
      { month: '2026-01', figure: 'visitors', before: 1900, after: 2000 },
      { month: '2026-01', figure: 'mrr', before: undefined, after: 1810 },
      { month: '2026-02', figure: 'visitors', before: undefined, after: 2100 },
      { month: '2026-02', figure: 'mrr', before: undefined, after: 3850 },
    ]);
  });

  it('refuses a file whose months would leave a gap, naming the month (validation through parseScenario)', () => {
    const p = previewImport(base, session('month,visitors\n2026-03,2000\n'));
    expect(p.canAccept).toBe(false);
    expect(p.problems).toEqual([expect.stringMatching(/^Actuals, 2026-03, month: 2026-02 missing before it/)]);
  });

  it('refuses a negative figure and a cell that is no number, by month and figure or row and column', () => {
    expect(previewImport(base, session('month,visitors\n2026-01,-5\n')).problems).toEqual([expect.stringMatching(/^Actuals, 2026-01, visitors: must be 0 or more/)]);
    expect(previewImport(base, session('month,visitors\n2026-01,n/a\n')).problems).toEqual(["row 2, visitors: 'n/a' is not a number"]);
  });

  it('says so when a file changes nothing, and does not offer to import it', () => {
    const p = previewImport(base, session('month,visitors\n2026-01,1900\n'));
    expect(p.changes).toEqual([]);
    expect(p.canAccept).toBe(false);
  });

  it('the example CSV imports into the baseline as the example scenario holds it', () => {
    const csv = readFileSync(new URL('../../../scenarios/crm-actuals-2026.csv', import.meta.url), 'utf8');
    const example = JSON.parse(readFileSync(new URL('../../../scenarios/crm-actuals-2026.json', import.meta.url), 'utf8')) as { actuals: unknown };
    const p = previewImport(baselineScenario(), session(csv));
    expect(p.problems).toEqual([]);
    expect(p.merged).toEqual(example.actuals);
  });
});

it('never changes the scenario before the planner accepts, whatever the CSV (fuzz)', () => {
  const scenario = baselineScenario();
  const before = JSON.stringify(scenario);
  const pieces = ['month', 'visitors', 'mrr', 'customers_pro', '2026-01', '2026-02', 'Jan 2026', '1,234', '-5', 'n/a', ',', ';', '\n', '"', ''];
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 30 }), (xs) => {
      const t = csvTable(xs.join(''));
      if (!t.ok) return;
      previewImport(scenario, { ...sessionFor('x.csv', t.table), options: {} });
    }),
    { numRuns: 1_000, seed: 17 },
  );
  expect(JSON.stringify(scenario)).toBe(before);
});
