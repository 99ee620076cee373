import { describe, expect, it } from 'vitest';
import { formatCompact, formatGap, formatPrecise, metricInfo } from './metrics';

const plans = [{ id: 'starter', name: 'Starter' }, { id: 'pro', name: 'Pro' }];

describe('metricInfo', () => {
  it('names annual figures, drivers and plan rows the way a planner reads them', () => {
    expect(metricInfo('nrr', plans)).toMatchObject({ label: 'NRR', kind: 'rate' });
    expect(metricInfo('cacPaybackMonths', plans)).toMatchObject({ label: 'CAC payback', kind: 'months' });
    expect(metricInfo('visitorToTrial', plans)).toMatchObject({ label: 'Visitor-to-trial', kind: 'rate' });
    expect(metricInfo('marketingBudget', plans)).toMatchObject({ label: 'Marketing budget', kind: 'money' });
    expect(metricInfo('mix_pro', plans)).toMatchObject({ label: 'Pro mix', kind: 'rate' });
    expect(metricInfo('price_starter', plans)).toMatchObject({ label: 'Starter price', kind: 'unitMoney' });
  });

  it('keeps an unknown metric readable rather than failing', () => {
    expect(metricInfo('price_enterprise', plans).label).toBe('price_enterprise');
  });
});

describe('formatting', () => {
  it('is compact on cards and charts and precise in tables', () => {
    expect(formatCompact('money', 10_743_681.38, 'USD')).toBe('$10.7M');
    expect(formatPrecise('money', 10_743_681.38, 'USD')).toBe('$10,743,681');
    expect(formatCompact('unitMoney', 78, 'USD')).toBe('$78.00');
    expect(formatCompact('count', 8_500.55, 'USD')).toBe('8,501');
    // One decimal below 100K, as its neighbours (18.5K, 25.0K), never 25K beside 18.5K.
    expect(formatCompact('count', 25_000, 'USD')).toBe('25.0K');
    expect(formatPrecise('rate', 0.9334, 'USD')).toBe('93.3%');
    expect(formatPrecise('months', 9.29, 'USD')).toBe('9.3 mo');
    expect(formatPrecise('multiple', 20.227, 'USD')).toBe('20.2x');
    expect(formatPrecise('money', 1_950, 'EUR')).toBe('€1,950');
  });

  it('gives a rate gap in percentage points: 110 % - 93.34 % = 16.66 -> 16.7 pts', () => {
    expect(formatGap('rate', 1.1 - 0.9334, 'USD')).toBe('16.7 pts');
    expect(formatGap('months', 2.25, 'USD')).toBe('2.3 mo');
  });
});
