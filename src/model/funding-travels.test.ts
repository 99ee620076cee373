import { describe, expect, it } from 'vitest';
import { project } from './engine';
import { monthlyCsv, annualCsv } from './output';
import { parseScenario } from './parse-scenario';
import { serializeScenario } from './serialize';
import { decodeShareFragment, encodeShareFragment } from './share-link';
import { baselineWith } from './test-scenarios';
import type { Scenario } from './types';

// Funding travels everywhere a scenario goes (issue 18): a saved file and a share link bring the
// rounds back as they were, and the CSV exports carry the new figures under the contract's names.
const rounds = [{ month: '2026-06', amount: 2e6, name: 'Seed' }, { month: '2028-03', amount: 7.5e6, name: 'Series A' }];
const funded = (): Scenario => baselineWith((s) => ({ ...s, funding: rounds })).scenario;

describe('funding in files, links and exports', () => {
  it('a saved file reads back with the same rounds, in order', () => {
    const back = parseScenario(JSON.parse(serializeScenario(funded())));
    if (!back.ok) throw new Error(back.problems[0]!.message);
    expect(back.scenario.funding).toEqual(rounds);
    // financing of month 5 (2026-06) is the Seed round; of month 26 (2028-03) Series A.
    expect(back.values.financing![5]).toBe(2e6);
    expect(back.values.financing![26]).toBe(7.5e6);
  });

  it('a share link reads back with the same rounds and the same cash', () => {
    const s = funded();
    const back = decodeShareFragment(encodeShareFragment(s));
    if (!back.ok) throw new Error(back.message);
    expect(back.scenario.funding).toEqual(rounds);
    const before = parseScenario(s);
    if (!before.ok) throw new Error('fixture');
    expect(project(back.values).monthly.cash).toEqual(project(before.values).monthly.cash);
  });

  it('a link with a bad round is refused naming the round, not opened', () => {
    const bad = { ...funded(), funding: [{ month: '2031-01', amount: 0 }] };
    const back = decodeShareFragment(encodeShareFragment(bad));
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.problems.map((p) => `${p.place}: ${p.message}`).join('\n')).toMatch(/Funding round 1, month: 2031-01 is outside the projection[\s\S]*Funding round 1, amount: must be more than 0/);
  });

  it('the monthly CSV has financing, netBurn and runwayMonths; the annual CSV the board figures', () => {
    const { values } = baselineWith((s) => ({ ...s, funding: rounds }));
    const p = project(values);
    const [head, ...lines] = monthlyCsv(p).trim().split('\n');
    const cols = head!.split(',');
    for (const key of ['financing', 'netBurn', 'runwayMonths']) expect(cols).toContain(key);
    expect(Number(lines[5]!.split(',')[cols.indexOf('financing')])).toBe(2e6);
    const annualHead = annualCsv(p).split('\n')[0]!.split(',');
    for (const key of ['financing', 'runwayMonths', 'revenueGrowth', 'ebitdaMargin', 'ruleOf40', 'netNewArr', 'burnMultiple', 'magicNumber']) expect(annualHead).toContain(key);
  });
});
