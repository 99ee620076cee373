// Every input row of the grid says its unit, and the ones with a period say it: the marketing
// budget is a year's spend, overheads, prices and churn are per month (issue 23). Expected units
// are written out by hand from MODEL.md's "Scenario file" section.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model/types';
import { gridLines } from './rows';

const scenario = JSON.parse(readFileSync(new URL('../../../scenarios/crm-baseline.json', import.meta.url), 'utf8')) as Scenario;
const { rows } = gridLines(scenario);
const byId = new Map(rows.map((r) => [r.id, r]));

const EXPECTED: Record<string, RegExp> = {
  'd:marketingBudget': /per year/,
  'd:visitorAcquisitionCost': /per visitor/,
  'd:visitorToTrial': /of visitors/,
  'd:trialToPaid': /of trials/,
  'd:cogsPercent': /of revenue/,
  'd:cogsPerCustomer': /\/mo/,
  'd:salesMarketingOverhead': /\/mo/,
  'd:operatingExpenses': /\/mo/,
  'p:pro:price': /\/mo/,
  'p:pro:mix': /of new customers/,
  'p:pro:churn': /\/mo/,
  'p:growth:upgrade': /\/mo/,
  'p:growth:downgrade': /\/mo/,
};

describe('every input row of the grid states its unit and period', () => {
  it.each(Object.entries(EXPECTED))('%s', (id, unit) => {
    const row = byId.get(id);
    expect(row, id).toBeDefined();
    expect(row!.entry.unit).toMatch(unit);
  });

  it('a row with a period names it, and only the budget is per year', () => {
    for (const row of rows) {
      expect(row.entry.unit, row.id).not.toBe('');
      if (row.entry.period === 'year') expect(row.entry.unit).toMatch(/per year/);
      if (row.entry.period === 'month') expect(row.entry.unit).toMatch(/\/mo|per month/);
    }
    expect(rows.filter((r) => r.entry.period === 'year').map((r) => r.id)).toEqual(['d:marketingBudget']);
  });

  it('every plan row of every plan is covered', () => {
    expect(rows).toHaveLength(8 + 5 * scenario.plans.length);
  });
});
