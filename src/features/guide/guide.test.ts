import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KPI_EXPLANATIONS } from '../../components/charts/formulas';
import { CHARTS } from './GuideFigures';
import { TARGETS } from './GuideTargets';

// docs/user-guide.md (linked from the README) and the in-app guide must say the same thing.
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

describe('the README links the documents instead of copying them', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  it.each(['docs/user-guide.md', 'docs/reliability.md', 'docs/architecture.md'])('links %s', (file) => {
    expect(readme).toContain(`](${file})`);
  });

  it('holds neither the user guide nor the reliability table', () => {
    expect(readme).not.toContain('### The key figures');
    expect(readme).not.toContain('| Class of bad input |');
  });
});
