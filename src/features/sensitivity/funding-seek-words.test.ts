import { describe, expect, it } from 'vitest';
import { amountWords, latestWords } from './funding-seek-words';

// Months from January 2026: 4 = May 2026, 59 = Dec 2030.
describe('the funding goal seek in words', () => {
  it('names the amount, the month, the goal and the tightest month, and offers to apply it', () => {
    const w = amountWords({ ok: true, amount: 5600, binding: 59 }, 5600, 4, 6, 59, 2026, 'USD');
    expect(w.text).toBe('A round of $5,600 in May 2026 keeps at least 6 months of runway from then through Dec 2030; the tightest month is Dec 2030.');
    expect(w.apply).toBe('Set the round to $5,600 in May 2026');
  });

  it('says why no amount helps, and offers nothing to apply', () => {
    const w = amountWords({ ok: false, month: 3 }, 0, 12, 7, 59, 2026, 'USD');
    expect(w.text).toMatch(/^No amount in Jan 2027 is enough: in Apr 2026, before the round arrives/);
    expect(w.apply).toBeNull();
  });

  it('says how late, or that the amount is too small wherever it comes', () => {
    expect(latestWords({ ok: true, month: 4, needed: true }, 5600, 6, 59, 2026, 'USD').apply).toBe('Move the round to May 2026');
    expect(latestWords({ ok: false, month: 54 }, 5000, 6, 59, 2026, 'USD').text).toBe('$5,000 is not enough wherever it comes: in Jul 2030 the runway would be under 6 months even with it. Raise more.');
    expect(latestWords({ ok: true, month: 7, needed: false }, 100, 1, 7, 2026, 'USD').text).toMatch(/^No round is needed/);
  });
});
