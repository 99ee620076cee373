import { expect, it } from 'vitest';
import { compare, direction, yearToDate } from './comparison';

it('difference = actual - plan and % of the plan; coloured by whether more is better', () => {
  expect(compare(1930, 2083.3333333333335)).toMatchObject({ difference: 1930 - 2083.3333333333335, ratio: (1930 - 2083.3333333333335) / 2083.3333333333335 });
  expect(compare(5, 0).ratio).toBeNull();
  expect(direction('visitors', -153)).toBe('bad');
  expect(direction('churnedMrr', -10)).toBe('good');
  expect(direction('cac', 25)).toBe('bad');
  expect(direction('marketingSpend', 500)).toBe('neutral'); // a budget is a choice
});

it('the year to date adds up flows, keeps the last month\'s balances and takes CAC as a ratio of sums', () => {
  const months = [
    { marketingSpend: compare(100, 90), newCustomers: compare(2, 3), customers: compare(2, 3), mrr: compare(50, 60), revenue: compare(50, 60) },
    { marketingSpend: compare(120, 90), newCustomers: compare(4, 3), customers: compare(6, 6), mrr: compare(140, 130), revenue: compare(140, 130) },
  ];
  const ytd = yearToDate(months);
  expect(ytd.marketingSpend).toEqual(compare(220, 180));
  expect(ytd.mrr).toEqual(compare(140, 130));
  // CAC: 220 / 6 = 36.67 actual against 180 / 6 = 30 planned; ARPU: 190 / 8 against 190 / 9.
  expect(ytd.cac).toEqual(compare(220 / 6, 30));
  expect(ytd.arpu).toEqual(compare(190 / 8, 190 / 9));
  expect(ytd.visitors).toEqual(compare(null, null)); // not given in these months: no sum
});
