import { describe, expect, it } from 'vitest';
import { targetChip } from './headline';

const plans = [{ id: 'pro', name: 'Pro' }];

describe('target chips', () => {
  it('say met, missed by how much, or not computable, with the bound and the year', () => {
    expect(targetChip({ metric: 'arr', year: 2030, min: 5e6, value: 6e6, met: true }, plans, 'USD')).toEqual({ tone: 'met', text: '✓ Met: ≥ $5,000,000 in 2030' });
    expect(targetChip({ metric: 'nrr', year: 2030, min: 1.1, value: 1.05, met: false }, plans, 'USD').text).toBe('✗ Missed by 5.0 pts: ≥ 110.0% in 2030');
    expect(targetChip({ metric: 'ltvToCac', year: 2026, min: 3, value: null, met: null }, plans, 'USD').tone).toBe('unknown');
  });
});
