// parseScenario / parseScenarioText against MODEL.md, "Scenario file" and its Validation
// paragraph, the rules on cells and rows: money and counts not negative, rates in [0, 1], visitor
// acquisition cost above 0, numbers or formulas only, mix summing to 1, churn + upgrade + downgrade
// at most 1, exactly 5 cells a row. Each case starts from the seed file (which is valid) and
// changes only what it tests.
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from './parse-scenario';
import { lines, problemsOf, seed, seedWith, type Path } from './test-seed-file';

describe('money and counts must not be negative', () => {
  it('a negative Pro price in 2029 names the plan, the row and the year', () => {
    // plans[2] is Pro, cell 3 is 2026 + 3 = 2029
    expect(problemsOf(seedWith([['plans', 2, 'price', 3], -1]))).toEqual(['Pro plan, price, 2029: must not be negative']);
  });

  it('a formula that evaluates to a negative price is refused the same way', () => {
    expect(problemsOf(seedWith([['plans', 2, 'price', 3], '=0 - 5']))).toEqual(['Pro plan, price, 2029: must not be negative']);
  });

  it.each([
    ['marketingBudget', 'Marketing budget'],
    ['cogsPerCustomer', 'COGS per customer'],
    ['salesMarketingOverhead', 'S&M overhead'],
    ['operatingExpenses', 'Operating expenses'],
  ])('a negative %s names the row label and the year', (key, label) => {
    expect(problemsOf(seedWith([['drivers', key, 1], -0.5]))).toEqual([`${label}, 2027: must not be negative`]);
  });

  it('negative initialCustomers is refused on the plan', () => {
    expect(problemsOf(seedWith([['plans', 0, 'initialCustomers'], -3]))).toEqual(['Starter plan, initialCustomers: must not be negative']);
  });

  it('startingCash may be negative (a company that starts in debt)', () => {
    const result = parseScenario(seedWith([['startingCash'], -500000]));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.values.startingCash).toBe(-500000);
  });
});

describe('rates must lie in [0, 1]', () => {
  // Each rate row, once below 0 and once above 1, in a cell whose change breaks no other rule:
  // the mix cases move the excess to another plan so the year still sums to 1, and the churn,
  // upgrade and downgrade cases stay at or under 100 % in total.
  it.each([
    ['visitorToTrial 1.5', [[['drivers', 'visitorToTrial', 1], 1.5]], ['Visitor-to-trial, 2027: must be between 0 % and 100 % (is 150 %)']],
    ['visitorToTrial -0.01', [[['drivers', 'visitorToTrial', 0], -0.01]], ['Visitor-to-trial, 2026: must be between 0 % and 100 % (is -1 %)']],
    ['trialToPaid 1.2', [[['drivers', 'trialToPaid', 4], 1.2]], ['Trial-to-paid, 2030: must be between 0 % and 100 % (is 120 %)']],
    ['trialToPaid -0.2', [[['drivers', 'trialToPaid', 2], -0.2]], ['Trial-to-paid, 2028: must be between 0 % and 100 % (is -20 %)']],
    ['cogsPercent 2', [[['drivers', 'cogsPercent', 3], 2]], ['COGS %, 2029: must be between 0 % and 100 % (is 200 %)']],
    ['cogsPercent -0.05', [[['drivers', 'cogsPercent', 0], -0.05]], ['COGS %, 2026: must be between 0 % and 100 % (is -5 %)']],
    // 2026 mix: starter 1.2 + growth -0.3 + pro 0.1 = 1.0
    [
      'mix 1.2 and -0.3',
      [[['plans', 0, 'mix', 0], 1.2], [['plans', 1, 'mix', 0], -0.3]],
      ['Starter plan, mix, 2026: must be between 0 % and 100 % (is 120 %)', 'Growth plan, mix, 2026: must be between 0 % and 100 % (is -30 %)'],
    ],
    ['churn -0.1', [[['plans', 1, 'churn', 2], -0.1]], ['Growth plan, churn, 2028: must be between 0 % and 100 % (is -10 %)']],
    // Pro 2030: churn 1.01 alone is over 100 %, so the sum rule fires on the same cell too
    [
      'churn 1.01',
      [[['plans', 2, 'churn', 4], 1.01], [['plans', 2, 'downgrade', 4], 0]],
      ['Pro plan, churn, 2030: must be between 0 % and 100 % (is 101 %)', 'Pro plan, churn, 2030: churn + upgrade + downgrade is 101 %: must be at most 100 %'],
    ],
    ['upgrade -0.01', [[['plans', 0, 'upgrade', 1], -0.01]], ['Starter plan, upgrade, 2027: must be between 0 % and 100 % (is -1 %)']],
    // Growth 2026: churn 0 + upgrade 1.5 + downgrade -0.5 = 100 %, so only the range rule fires
    [
      'upgrade 1.5 and downgrade -0.5',
      [[['plans', 1, 'churn', 0], 0], [['plans', 1, 'upgrade', 0], 1.5], [['plans', 1, 'downgrade', 0], -0.5]],
      ['Growth plan, upgrade, 2026: must be between 0 % and 100 % (is 150 %)', 'Growth plan, downgrade, 2026: must be between 0 % and 100 % (is -50 %)'],
    ],
  ] as [string, [Path, unknown][], string[]][])('%s', (_, edits, expected) => {
    expect(problemsOf(seedWith(...edits)).sort()).toEqual([...expected].sort());
  });
});

describe('visitor acquisition cost must be more than 0', () => {
  it.each([0, -8])('%d is refused', (x) => {
    expect(problemsOf(seedWith([['drivers', 'visitorAcquisitionCost', 2], x]))).toEqual([
      'Visitor acquisition cost, 2028: must be more than 0 (cost per visitor)',
    ]);
  });
});

describe('a cell is a finite number or a formula', () => {
  it('text that does not start with = is refused on its cell', () => {
    expect(problemsOf(seedWith([['drivers', 'marketingBudget', 1], 'four hundred thousand']))).toEqual([
      'Marketing budget, 2027: a text cell must be a formula starting with =',
    ]);
  });

  it('a number written as text is not a number', () => {
    expect(problemsOf(seedWith([['plans', 1, 'price', 0], '100']))).toEqual(['Growth plan, price, 2026: a text cell must be a formula starting with =']);
  });

  it.each([true, null, [1], { value: 1 }])('%j is refused on its cell', (x) => {
    expect(problemsOf(seedWith([['drivers', 'operatingExpenses', 4], x]))).toEqual([
      'Operating expenses, 2030: must be a number or a formula starting with =',
    ]);
  });

  it('NaN (not from JSON, but from code that builds a scenario) is refused on its cell', () => {
    expect(problemsOf(seedWith([['plans', 2, 'churn', 1], NaN]))).toEqual(['Pro plan, churn, 2027: must be a finite number']);
  });

  it.each([Infinity, -Infinity])('%d is refused on its cell', (x) => {
    expect(problemsOf(seedWith([['plans', 2, 'churn', 1], x]))).toEqual(['Pro plan, churn, 2027: must be a finite number']);
  });

  it('1e400 in the file text (Infinity once parsed) is refused on its cell', () => {
    const text = JSON.stringify(seed()).replace('"marketingBudget":[200000,', '"marketingBudget":[1e400,');
    expect(text).toContain('1e400');
    expect(lines(parseScenarioText(text))).toEqual(['Marketing budget, 2026: must be a finite number']);
  });

  it('-1e400 startingCash is refused (any finite number, but finite)', () => {
    const text = JSON.stringify(seed()).replace('"startingCash":2000000', '"startingCash":-1e400');
    expect(lines(parseScenarioText(text))).toEqual(['startingCash: must be a finite number']);
  });
});

describe('plan mix sums to 1 in every year', () => {
  it('names the year and shows the sum', () => {
    // 2027: starter 0.5 + growth 0.3 + pro 0.125 = 0.925
    expect(problemsOf(seedWith([['plans', 0, 'mix', 1], 0.5]))).toEqual(['Plan mix, 2027: sums to 92.5 %: must be 100 %']);
  });

  it('over 100 % is refused too', () => {
    // 2030: starter 0.5 + growth 0.4 + pro 0.2 = 1.1
    expect(problemsOf(seedWith([['plans', 1, 'mix', 4], 0.4]))).toEqual(['Plan mix, 2030: sums to 110 %: must be 100 %']);
  });

  it('within 1e-9 of 1 is accepted (thirds entered as formulas)', () => {
    const third = '=1/3';
    const result = parseScenario(
      seedWith([['plans', 0, 'mix', 0], third], [['plans', 1, 'mix', 0], third], [['plans', 2, 'mix', 0], third]),
    );
    expect(result.ok).toBe(true);
  });

  it('a sum just off 100 % does not read as "sums to 100 %: must be 100 %"', () => {
    // 2026: 0.33333 * 3 = 0.99999, 1e-5 away from 1, so it is refused; the message must show a
    // sum a user can tell from 100 %.
    const [line] = problemsOf(
      seedWith([['plans', 0, 'mix', 0], 0.33333], [['plans', 1, 'mix', 0], 0.33333], [['plans', 2, 'mix', 0], 0.33333]),
    );
    expect(line).toMatch(/^Plan mix, 2026: sums to /);
    expect(line).not.toContain('sums to 100 %');
  });

  it('a rate just over 100 % does not read as "(is 100 %)"', () => {
    // 1.00001 is outside [0, 1], so it is refused; "must be between 0 % and 100 % (is 100 %)"
    // would contradict itself.
    const [line] = problemsOf(seedWith([['drivers', 'visitorToTrial', 0], 1.00001]));
    expect(line).toMatch(/^Visitor-to-trial, 2026: must be between 0 % and 100 % \(is /);
    expect(line).not.toContain('(is 100 %)');
  });
});

describe('churn + upgrade + downgrade must be at most 1', () => {
  it('is refused on the plan and year, with the total', () => {
    // Growth 2026: 0.5 + 0.3 + 0.3 = 1.1
    expect(
      problemsOf(seedWith([['plans', 1, 'churn', 0], 0.5], [['plans', 1, 'upgrade', 0], 0.3], [['plans', 1, 'downgrade', 0], 0.3])),
    ).toEqual(['Growth plan, churn, 2026: churn + upgrade + downgrade is 110 %: must be at most 100 %']);
  });

  it('exactly 100 % is accepted', () => {
    // Growth 2026: 0.5 + 0.25 + 0.25 = 1
    expect(parseScenario(seedWith([['plans', 1, 'churn', 0], 0.5], [['plans', 1, 'upgrade', 0], 0.25], [['plans', 1, 'downgrade', 0], 0.25])).ok).toBe(true);
  });
});

describe('rows hold exactly 5 cells', () => {
  it.each([
    [[200000, 400000, 700000, 1100000], 4],
    [[200000, 400000, 700000, 1100000, 1500000, 1900000], 6],
  ])('a driver row of %j is refused (found %d)', (row, found) => {
    expect(problemsOf(seedWith([['drivers', 'marketingBudget'], row]))).toEqual([
      `Marketing budget: must have exactly 5 cells, one per year (found ${found})`,
    ]);
  });

  it.each([
    [[180, 180, 180, 180], 4],
    [[180, 180, 180, 180, 180, 180], 6],
  ])('a plan row of %j is refused (found %d)', (row, found) => {
    expect(problemsOf(seedWith([['plans', 2, 'price'], row]))).toEqual([`Pro plan, price: must have exactly 5 cells, one per year (found ${found})`]);
  });

  it('a row that is not a list is refused', () => {
    expect(problemsOf(seedWith([['drivers', 'trialToPaid'], 0.2]))).toEqual(['Trial-to-paid: must be a list of 5 cells, one per year']);
  });
});
