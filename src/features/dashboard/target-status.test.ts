import { describe, expect, it } from 'vitest';
import { boundText, formatBound, targetStatus } from './target-status';

describe('targetStatus', () => {
  it('reports a missed minimum with its distance: NRR 93.3 % against 110 % is 16.7 pts short', () => {
    const s = targetStatus({ metric: 'nrr', year: 2030, min: 1.1, value: 0.9334, met: false }, 'rate', 'USD', 'why');
    expect(s).toEqual({ tone: 'missed', text: 'Missed by 16.7 pts', detail: 'target ≥ 110% in 2030' });
  });

  it('reports a missed maximum with its distance: 14.5 months against 12 is 2.5 mo over', () => {
    const s = targetStatus({ metric: 'cacPaybackMonths', year: 2030, max: 12, value: 14.5, met: false }, 'months', 'USD', 'why');
    expect(s.text).toBe('Missed by 2.5 mo');
    expect(s.detail).toBe('target ≤ 12.0 mo in 2030');
  });

  it('reports a met target', () => {
    const s = targetStatus({ metric: 'cac', year: 2026, max: 667, value: 666.67, met: true }, 'unitMoney', 'USD', 'why');
    expect(s).toEqual({ tone: 'met', text: 'Met', detail: 'target ≤ $667 in 2026' });
  });

  it('says why a target cannot be computed', () => {
    const s = targetStatus({ metric: 'nrr', year: 2026, min: 1.1, value: null, met: null }, 'rate', 'USD', 'no customers a year earlier');
    expect(s.tone).toBe('unknown');
    expect(s.text).toBe('Not computable');
    expect(s.detail).toBe('target ≥ 110% in 2026: no customers a year earlier');
  });
});

describe('bounds', () => {
  it('writes bounds as a planner would', () => {
    expect(formatBound('rate', 0.09, 'USD')).toBe('9%');
    expect(formatBound('rate', 0.0675, 'USD')).toBe('6.8%');
    expect(formatBound('unitMoney', 667, 'USD')).toBe('$667');
    expect(formatBound('unitMoney', 78.5, 'USD')).toBe('$78.50');
    expect(boundText({ min: 0.8, max: 0.95 }, 'rate', 'USD')).toBe('between 80% and 95%');
    expect(boundText({ min: 3 }, 'multiple', 'USD')).toBe('≥ 3.0x');
  });
});
