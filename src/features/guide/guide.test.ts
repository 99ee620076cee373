import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KPI_EXPLANATIONS } from '../../components/charts/formulas';
import { CHARTS } from './GuideFigures';
import { TARGETS } from './GuideTargets';

// docs/user-guide.md (included in the README) and the in-app guide must say the same thing.
const normalise = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
const doc = normalise(readFileSync(new URL('../../../docs/user-guide.md', import.meta.url), 'utf8'));

describe('docs/user-guide.md matches the in-app guide', () => {
  it.each(Object.entries(KPI_EXPLANATIONS))('explains %s with the formula and meaning the card shows', (_, e) => {
    expect(doc).toContain(`### ${e.label}`);
    expect(doc).toContain(normalise(e.meaning));
    expect(doc).toContain(`\`${normalise(e.formula)}\``);
  });

  it.each(TARGETS.map((t) => [...t]))('lists the target "%s"', (target, metric, meaning) => {
    expect(doc).toContain(normalise(`| ${target} | ${metric} | ${meaning} |`));
  });

  it.each(CHARTS.map((c) => [...c]))('describes the chart %s', (name, text) => {
    expect(doc).toContain(`**${name}**: ${normalise(text)}`);
  });

  it('names the six 2030 targets of the seed with their thresholds', () => {
    for (const t of ['Pro mix 20 %', 'Visitor-to-trial 9 %', 'Trial-to-paid 35 %', 'CAC payback under 12 months', 'NRR above 110 %', 'LTV/CAC 3 or more']) expect(doc).toContain(t);
  });
});

describe('the README carries the user guide', () => {
  it('holds docs/user-guide.md word for word between its markers', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('<!-- user-guide:start');
    const end = readme.indexOf('<!-- user-guide:end -->');
    expect(start).toBeGreaterThan(0);
    const embedded = readme.slice(readme.indexOf('\n', start) + 1, end).trim();
    expect(embedded).toBe(readFileSync(new URL('../../../docs/user-guide.md', import.meta.url), 'utf8').trim());
  });
});
