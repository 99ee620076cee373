import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readActualsCsv } from './csv';
import { problemText } from './read-actuals';
import { readWorkbook } from './xlsx';

// Each fixture in test/fixtures/actuals/ was written by hand; the figures it must give are
// worked out below from the file's own rows.

const fixture = (name: string) => new URL(`../../../test/fixtures/actuals/${name}`, import.meta.url);
const text = (name: string) => readFileSync(fixture(name), 'utf8');
const threePlans = { startYear: 2026, plans: [{ id: 'starter', name: 'Starter' }, { id: 'growth', name: 'Growth' }, { id: 'pro', name: 'Pro' }] };
const onePlan = { startYear: 2026, plans: [{ id: 'team', name: 'Team' }] };
const targets = (r: ReturnType<typeof readActualsCsv>) => Object.fromEntries(r.columns.map((c) => [c.header, c.target]));

describe('an MRR-movements export with reactivation (mrr-movements.csv)', () => {
  const r = readActualsCsv(text('mrr-movements.csv'), threePlans);

  it('maps its headers to the contract figures and leaves the rest out, saying why', () => {
    expect(targets(r)).toEqual({
      Date: 'month', 'New Business MRR': 'newMrr', 'Expansion MRR': 'expansionMrr', 'Contraction MRR': 'contractionMrr',
      'Churn MRR': 'churnedMrr', 'Reactivation MRR': 'newMrr', 'Net New MRR': 'skip', MRR: 'mrr', Customers: 'skip',
    });
    expect(r.columns.find((c) => c.header === 'Reactivation MRR')!.note).toMatch(/added to newMrr/);
    expect(r.columns.find((c) => c.header === 'Customers')!.note).toMatch(/3 plans: choose/);
  });

  it('adds reactivation to new MRR and reads negative losses as amounts lost', () => {
    // newMrr = New Business + Reactivation: Jan 1,850 + 0; Feb 2,100 + 50 = 2,150; Mar 2,300 + 100 = 2,400.
    // Contraction and churn are written -$20.00 etc.: every value <= 0, so read as 20, 60, ...
    // The file's MRR bridge holds: Feb 1,850 + 2,150 + 45 - 20 - 60 = 3,965; Mar 3,965 + 2,400 + 80 - 25 - 110 = 6,310.
    expect(r.problems).toEqual([]);
    expect(r.asks).toEqual([]);
    expect(r.months).toEqual([
      { month: '2026-01', newMrr: 1850, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0, mrr: 1850 },
      { month: '2026-02', newMrr: 2150, expansionMrr: 45, contractionMrr: 20, churnedMrr: 60, mrr: 3965 },
      { month: '2026-03', newMrr: 2400, expansionMrr: 80, contractionMrr: 25, churnedMrr: 110, mrr: 6310 },
    ]);
    expect(r.notes.join('\n')).toMatch(/'Churn MRR' is written as negative amounts/);
  });

  it('gives the customers column to the only plan of a one-plan scenario', () => {
    const one = readActualsCsv(text('mrr-movements.csv'), onePlan);
    expect(one.months.map((m) => m.customersByPlan)).toEqual([{ team: 24 }, { team: 49 }, { team: 75 }]);
  });
});

it('reads a semicolon file with decimal commas and day-first dotted dates (semicolon-decimal-comma.csv)', () => {
  const r = readActualsCsv(text('semicolon-decimal-comma.csv'), threePlans);
  // '16.250,50 €' shows the decimal comma, so '2.031' visitors is two thousand thirty-one.
  expect(r.problems).toEqual([]);
  expect(r.asks).toEqual([]);
  expect(r.months).toEqual([
    { month: '2026-01', marketingSpend: 16250.5, visitors: 2031, trials: 118, newCustomers: 23, churnedCustomers: 0, cogs: 148, salesMarketingOverhead: 10000, operatingExpenses: 41500, cash: 1932101.5 },
    { month: '2026-02', marketingSpend: 17100, visitors: 2140, trials: 131, newCustomers: 27, churnedCustomers: 1, cogs: 309.75, salesMarketingOverhead: 10000, operatingExpenses: 40250.25, cash: 1867955 },
    { month: '2026-03', marketingSpend: 16980.25, visitors: 2255, trials: 140, newCustomers: 28, churnedCustomers: 2, cogs: 496.1, salesMarketingOverhead: 11500, operatingExpenses: 42000, cash: 1801230.75 },
  ]);
});

describe('a daily file across a month boundary (daily-across-month.csv)', () => {
  const r = readActualsCsv(text('daily-across-month.csv'), onePlan);

  it('adds flows up into months and takes each month\'s last row for balances', () => {
    // January (29th-31st): spend 550 + 540 + 560 = 1,650; sessions 1,070 + 1,010 + 1,120 = 3,200;
    // trials 4 + 3 + 5 = 12; new 1 + 0 + 1 = 2; customers and MRR from the 31st: 25, 1,930.
    // February (1st-3rd): spend 520 + 600 + 580 = 1,700; sessions 980 + 1,150 + 1,090 = 3,220;
    // trials 4 + 6 + 5 = 15; new 1 + 2 + 0 = 3; customers and MRR from the 3rd: 27, 2,120.
    expect(r.problems).toEqual([]);
    expect(r.granularity).toBe('day');
    expect(r.months).toEqual([
      { month: '2026-01', marketingSpend: 1650, visitors: 3200, trials: 12, newCustomers: 2, customersByPlan: { team: 25 }, mrr: 1930 },
      { month: '2026-02', marketingSpend: 1700, visitors: 3220, trials: 15, newCustomers: 3, customersByPlan: { team: 27 }, mrr: 2120 },
    ]);
  });

  it('flags both months for their missing days', () => {
    expect(r.warnings).toEqual([
      '2026-01: 3 of 31 daily rows (missing 01-01, 01-02, 01-03, 01-04 …); its sums may fall short',
      '2026-02: 3 of 28 daily rows (missing 02-04, 02-05, 02-06, 02-07 …); its sums may fall short',
    ]);
  });
});

describe('an xlsx with two sheets (two-sheets.xlsx)', () => {
  const open = async () => {
    const w = await readWorkbook(readFileSync(fixture('two-sheets.xlsx')));
    if (!w.ok) throw new Error(w.message);
    return w.book;
  };

  it('reads the first sheet by default: date cells and customers per plan by plan name', async () => {
    const book = await open();
    expect(book.sheets).toEqual(['Billing', 'Marketing']);
    const r = (await import('./read-actuals')).readActuals(book.table(), threePlans);
    // MRR check from the sheet's own counts: Jan 15 x 50 + 7 x 100 + 2 x 180 = 1,810.
    expect(r.problems).toEqual([]);
    expect(r.months).toEqual([
      { month: '2026-01', customersByPlan: { starter: 15, growth: 7, pro: 2 }, mrr: 1810, cash: 1950000 },
      { month: '2026-02', customersByPlan: { starter: 29, growth: 15, pro: 5 }, mrr: 3850, cash: 1890500.5 },
      { month: '2026-03', customersByPlan: { starter: 44, growth: 22, pro: 8 }, mrr: 5840, cash: 1829000 },
    ]);
  });

  it('reads the sheet the planner picks', async () => {
    const book = await open();
    const r = (await import('./read-actuals')).readActuals(book.table('Marketing'), threePlans);
    expect(r.months).toEqual([
      { month: '2026-01', marketingSpend: 16000, visitors: 2000, trials: 120 },
      { month: '2026-02', marketingSpend: 17500, visitors: 2150, trials: 132 },
      { month: '2026-03', marketingSpend: 18000.5, visitors: 2210, trials: 138 },
    ]);
  });

  it('says so when the bytes are not a workbook', async () => {
    const w = await readWorkbook(new TextEncoder().encode('month,visitors\n2026-01,5\n'));
    expect(w.ok).toBe(false);
  });
});

describe('what a file leaves open is asked, not guessed', () => {
  const file = 'Date\tVisitors\n03/04/2026\t"1,234"\n04/05/2026\t"1,500"\n';

  it('asks the order of day and month and the decimal mark, and reads nothing until answered', () => {
    const r = readActualsCsv(file, threePlans);
    expect(r.asks.map((a) => [a.question, a.options])).toEqual([['dateOrder', ['dmy', 'mdy']], ['decimalMark', [',', '.']]]);
    expect(r.months).toEqual([]);
  });

  it('reads the file as answered', () => {
    // Day first: 03/04 is 3 April and 04/05 is 4 May, yet 2026-01..03 are missing, which the
    // scenario's validation reports; the reader gives the months as the file has them.
    const dayFirst = readActualsCsv(file, threePlans, { dateOrder: 'dmy', decimalMark: ',' });
    expect(dayFirst.months).toEqual([{ month: '2026-04', visitors: 1.234 }, { month: '2026-05', visitors: 1.5 }]);
    const monthFirst = readActualsCsv(file, threePlans, { dateOrder: 'mdy', decimalMark: '.' });
    expect(monthFirst.months).toEqual([{ month: '2026-03', visitors: 1234 }, { month: '2026-04', visitors: 1500 }]);
  });

  it('tells the decimal mark from the delimiter when the values read both ways', () => {
    expect(readActualsCsv('month;visitors\n2026-01;1.234\n', threePlans).months).toEqual([{ month: '2026-01', visitors: 1234 }]);
    expect(readActualsCsv('month,visitors\n2026-01,"1,234"\n', threePlans).months).toEqual([{ month: '2026-01', visitors: 1234 }]);
  });
});

describe('the contract\'s CSV and the app\'s own', () => {
  it('reads the contract format: month, figure names, customers_<planId>, empty cells give nothing', () => {
    const r = readActualsCsv('month,visitors,mrr,customers_starter,customers_growth,customers_pro\n2026-01,2000,,15,7,2\n2026-02,2100,3850,29,15,5\n', threePlans);
    expect(r.months).toEqual([
      { month: '2026-01', visitors: 2000, customersByPlan: { starter: 15, growth: 7, pro: 2 } },
      { month: '2026-02', visitors: 2100, mrr: 3850, customersByPlan: { starter: 29, growth: 15, pro: 5 } },
    ]);
  });

  it('reads the app\'s forecast CSV: month index and year, actual rows only, computed figures left out', () => {
    const csv = [
      'month,year,marketingSpend,customers,mrr,revenue,ebitda,arpu,nrr,customers_team,actual',
      '0,2026,100,10,500,500,-20,50,,10,true',
      '1,2026,110,12,600,600,-10,50,,12,true',
      '2,2026,120,14,700,700,0,50,,14,false',
    ].join('\n');
    const r = readActualsCsv(csv, onePlan);
    expect(targets(r)).toMatchObject({ year: 'skip', customers: 'skip', revenue: 'skip', ebitda: 'skip', arpu: 'skip', actual: 'skip', customers_team: 'customers_team' });
    expect(r.months).toEqual([
      { month: '2026-01', marketingSpend: 100, mrr: 500, customersByPlan: { team: 10 } },
      { month: '2026-02', marketingSpend: 110, mrr: 600, customersByPlan: { team: 12 } },
    ]);
    expect(r.notes).toContain('1 projected rows (actual = false) left out');
  });
});

describe('problems name the row and the column', () => {
  it('a cell that is not a number', () => {
    const r = readActualsCsv('month,visitors\n2026-01,2000\n2026-02,2100\n2026-03,2000\n2026-04,1900\n2026-05,2200\nJun 2026,n/a\n', threePlans);
    expect(r.problems.map(problemText)).toEqual(["row 7, visitors: 'n/a' is not a number"]);
  });

  it('a date that is none, a month outside the projection, a percentage in a count, no month column', () => {
    const r = readActualsCsv('Date,Visitors,NRR\nsoon,5,\n2025-12,5,\n2026-01,5%,104%\n', threePlans);
    expect(r.problems.map(problemText)).toEqual([
      "row 2, Date: 'soon' is not a date (write e.g. 2026-01-31, 2026-01 or Jan 2026)",
      "row 4, Visitors: '5%' is a percentage, but visitors is not a rate",
      'row 3, Date: 2025-12 is outside the projection 2026-01..2030-12',
    ]);
    expect(r.months).toEqual([{ month: '2026-01', nrr: 1.04 }]);
    expect(readActualsCsv('Visitors\n5\n', threePlans).problems.map(problemText)).toEqual(['no column gives the month: map the date or month column to "month"']);
  });

  it('two columns chosen for one balance', () => {
    const r = readActualsCsv('month,a,b\n2026-01,1,2\n', threePlans, { mapping: { a: 'mrr', b: 'mrr' } });
    expect(r.problems.map(problemText)).toEqual(["columns 'a' and 'b' both give mrr: leave all but one out"]);
  });
});

it('follows the planner\'s mapping over the suggestion', () => {
  const r = readActualsCsv('Date,Signups,Widgets\n2026-01,30,7\n', threePlans, { mapping: { Signups: 'newCustomers', Widgets: 'visitors' } });
  expect(r.months).toEqual([{ month: '2026-01', newCustomers: 30, visitors: 7 }]);
  expect(r.columns.map((c) => [c.header, c.suggested, c.target, c.chosen])).toEqual([
    ['Date', 'month', 'month', false], ['Signups', 'trials', 'newCustomers', true], ['Widgets', 'skip', 'visitors', true],
  ]);
});

it('the app\'s own forecast CSV (--csv --forecast) imports back to the actuals it came from', async () => {
  const { parseScenarioText } = await import('../parse-scenario');
  const { projectForecast } = await import('../forecast');
  const { monthlyCsv } = await import('../output');
  const parsed = parseScenarioText(readFileSync(new URL('../../../scenarios/crm-actuals-2026.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('the example does not parse');
  const f = projectForecast(parsed.values, parsed.scenario.actuals!);
  const back = readActualsCsv(monthlyCsv(f, f.lastActualMonth), threePlans);
  expect(back.problems).toEqual([]);
  expect(back.columns.filter((c) => c.unmatched)).toEqual([]);
  // Every figure the example gives comes back; NRR (not given, null before month 11) stays out.
  expect(back.months).toEqual(parsed.scenario.actuals);
});
