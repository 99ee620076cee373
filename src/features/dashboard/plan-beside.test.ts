// A forecast card puts the plan's figure beside its own, in the card's compact format.
import { describe, expect, it } from 'vitest';
import { planBeside } from './KpiGrid';

describe('the plan beside a forecast card', () => {
  it('reads "plan $10.7M" for an ARR of $10,700,000, and "plan n/a" when the plan has none', () => {
    expect(planBeside(10_700_000, 'money', 'USD')).toBe('plan $10.7M');
    expect(planBeside(0.94, 'rate', 'USD')).toBe('plan 94.0%');
    expect(planBeside(null, 'months', 'USD')).toBe('plan n/a');
  });
});
