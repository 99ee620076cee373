import { describe, expect, it } from 'vitest';
import { planPlace } from './places';

describe('plan headings in the grid', () => {
  it('add "plan" to a tier name, but not to a name that already has the word', () => {
    expect(planPlace('Pro')).toBe('Pro plan');
    expect(planPlace('Plan 4')).toBe('Plan 4');
    expect(planPlace('Team plan')).toBe('Team plan');
    expect(planPlace('Planner')).toBe('Planner plan');
  });
});
