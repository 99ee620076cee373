import { describe, expect, it } from 'vitest';
import { formatKpiDelta, formatPct } from './kpi-format';

describe('compare differences', () => {
  it('carry the sign of the difference', () => {
    expect(formatKpiDelta('arr', 1_234_567.4, 'USD')).toBe('+$1,234,567');
    expect(formatKpiDelta('ebitda', -250, 'USD')).toBe('−$250');
    // 0.035 as a rate is 3.5 percentage points.
    expect(formatKpiDelta('nrr', -0.035, 'USD')).toBe('−3.5 pts');
    expect(formatPct(0.352)).toBe('+35.2%');
  });
  it('never read "−$0.00" for float noise or a difference that rounds to zero', () => {
    expect(formatKpiDelta('cac', -1e-12, 'USD')).toBe('±$0.00');
    // -0.004 rounds to $0.00 at two decimals.
    expect(formatKpiDelta('cac', -0.004, 'USD')).toBe('±$0.00');
    expect(formatKpiDelta('arr', -0.4, 'USD')).toBe('±$0');
    expect(formatKpiDelta('grossMargin', -1e-9, 'USD')).toBe('±0.0 pts');
    expect(formatPct(-0.0004)).toBe('±0.0%');
    expect(formatKpiDelta('arr', 0, 'USD')).toBe('±$0');
  });
});
