import { describe, expect, it } from 'vitest';
import { fromInput, metricGroups, retarget, toInput, withBound } from './target-edit';

describe('rates are typed as percent and stored as fractions', () => {
  it('shows 0.09 as 9 and 0.07 as 7 without float noise (0.07 * 100 = 7.000000000000001)', () => {
    expect(toInput('rate', 0.09)).toBe('9');
    expect(toInput('rate', 0.07)).toBe('7');
    expect(toInput('rate', 1.1)).toBe('110');
    expect(toInput('months', 12)).toBe('12');
    expect(toInput('money', undefined)).toBe('');
  });

  it('stores "9" as 0.09 and "110 %" as 1.1, other units as typed', () => {
    expect(fromInput('rate', '9')).toEqual({ ok: true, value: 0.09 });
    expect(fromInput('rate', '110 %')).toEqual({ ok: true, value: 1.1 });
    expect(fromInput('unitMoney', '1,066.67')).toEqual({ ok: true, value: 1066.67 });
    expect(fromInput('months', '')).toEqual({ ok: true, value: undefined });
    expect(fromInput('months', 'abc')).toEqual({ ok: false, message: 'Type a number' });
  });
});

describe('withBound', () => {
  it('sets and removes a bound, but never both', () => {
    const t = { metric: 'nrr', year: 2030, min: 1.1 };
    expect(withBound(t, 'max', 1.5)).toEqual({ metric: 'nrr', year: 2030, min: 1.1, max: 1.5 });
    expect(withBound({ ...t, max: 1.5 }, 'min', undefined)).toEqual({ metric: 'nrr', year: 2030, max: 1.5 });
    expect(withBound(t, 'min', undefined)).toBeNull();
  });
});

describe('metricGroups', () => {
  it('offers annual figures, assumptions and every plan row with friendly names', () => {
    const groups = metricGroups([{ id: 'starter', name: 'Starter' }, { id: 'pro', name: 'Pro' }]);
    expect(groups.map((g) => g.label)).toEqual(['Annual figures', 'Assumptions', 'Starter plan', 'Pro plan']);
    expect(groups[0]!.options).toContainEqual({ value: 'nrr', label: 'NRR' });
    expect(groups[1]!.options).toContainEqual({ value: 'visitorToTrial', label: 'Visitor-to-trial' });
    expect(groups[3]!.options).toContainEqual({ value: 'mix_pro', label: 'Pro mix' });
  });
});

describe('a target moved to another metric', () => {
  const arrTarget = { metric: 'arr', year: 2030, min: 11_000_000 };
  it('starts a higher-is-better metric at a minimum of its value, two significant figures', () => {
    // Gross margin 0.9412 rounds to 0.94; the ARR bound of 11,000,000 does not carry over.
    expect(retarget(arrTarget, 'grossMargin', 0.9412, true)).toEqual({ metric: 'grossMargin', year: 2030, min: 0.94 });
  });
  it('starts a lower-is-better metric at a maximum', () => {
    // CAC payback 9.2857 months rounds to 9.3.
    expect(retarget(arrTarget, 'cacPaybackMonths', 9.2857, false)).toEqual({ metric: 'cacPaybackMonths', year: 2030, max: 9.3 });
  });
  it('keeps the side the target had for a metric with no better direction, and 0 when there is no value', () => {
    expect(retarget({ metric: 'arr', year: 2028, max: 5 }, 'marketingBudget', 700_000, null)).toEqual({ metric: 'marketingBudget', year: 2028, max: 700_000 });
    expect(retarget(arrTarget, 'nrr', null, true)).toEqual({ metric: 'nrr', year: 2030, min: 0 });
  });
});
