import fc from 'fast-check';
import { expect, it } from 'vitest';
import { readActualsCsv } from './csv';

// Random CSV text, built from the characters and pieces that trip readers (quotes, delimiters,
// separators, signs, dates, headers), never makes the reader throw; what it reads is well formed.

const pieces = [
  'month', 'Date', 'MRR', 'visitors', 'Customers', 'New MRR', 'actual', 'year', 'customers_starter', 'Churn MRR',
  '2026-01', '2026-01-31', '01/31/2026', '03/04/2026', '31.01.2026', 'Jan 2026', '0', '59', 'true', 'false',
  '$1,234.56', '1.234,56 €', '(1,200)', '12%', '-', 'n/a', '1e400', '-0', '',
  ',', ';', '\t', '\n', '\r\n', '"', '""', ' ', '\u00a0', '\ufeff', '.', '/',
];
const csvText = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((xs) => xs.join(''));
const ctx = { startYear: 2026, plans: [{ id: 'starter', name: 'Starter' }, { id: 'pro', name: 'Pro' }] };
const answers = fc.record({ decimalMark: fc.constantFrom('.', ',', undefined), dateOrder: fc.constantFrom('dmy', 'mdy', undefined) }, { requiredKeys: [] });

it('never throws on random CSV text, and reads only well-formed months', () => {
  fc.assert(
    fc.property(csvText, answers, (text, opts) => {
      const clean = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined));
      const r = readActualsCsv(text, ctx, clean);
      for (const m of r.months) {
        expect(m.month).toMatch(/^20(2[6-9]|30)-(0[1-9]|1[0-2])$/);
        for (const [k, x] of Object.entries(m)) {
          if (k === 'month') continue;
          const xs = k === 'customersByPlan' ? Object.values(x as Record<string, number>) : [x as number];
          for (const n of xs) expect(Number.isFinite(n)).toBe(true);
        }
      }
      if (r.asks.length) expect(r.months).toEqual([]);
    }),
    { numRuns: 10_000, seed: 22 },
  );
});
