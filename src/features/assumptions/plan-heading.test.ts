import { describe, expect, it } from 'vitest';
import { planHeading } from './rows';

describe('plan headings in the grid', () => {
  it('add "plan" to a tier name, but not to a name that already has the word', () => {
    expect(planHeading('Pro')).toBe('Pro plan');
    expect(planHeading('Plan 4')).toBe('Plan 4');
    expect(planHeading('Team plan')).toBe('Team plan');
    expect(planHeading('Planner')).toBe('Planner plan');
  });
});
