import { describe, expect, it } from 'vitest';
import { project } from '../../model/engine';
import { evaluateTargets } from '../../model/targets';
import { baselineWith } from '../../model/test-scenarios';
import { metricGroups } from './target-edit';

// Runway, burn multiple, magic number and Rule of 40 are target metrics like any annual figure.
describe('the board figures as targets', () => {
  it('are offered by the target editor under their catalogue labels', () => {
    const annual = metricGroups([])[0]!.options;
    for (const [value, label] of [['runwayMonths', 'Runway'], ['burnMultiple', 'Burn multiple'], ['magicNumber', 'Magic number'], ['ruleOf40', 'Rule of 40']]) {
      expect(annual).toContainEqual({ value, label });
    }
  });

  it('are checked: Rule of 40 is not computable in the first year and met or missed in the second', () => {
    const { scenario, values } = baselineWith((s) => ({
      ...s,
      targets: [{ metric: 'ruleOf40', year: 2026, min: 0.4 }, { metric: 'ruleOf40', year: 2027, min: 0.4 }, { metric: 'burnMultiple', year: 2027, max: 1.5 }],
    }));
    const p = project(values);
    const [first, second, burn] = evaluateTargets(scenario.targets, values, p);
    expect(first).toMatchObject({ value: null, met: null });
    // The year's figure itself, whatever it is, decides: ruleOf40 = revenueGrowth + ebitdaMargin.
    const y1 = p.years[1]!;
    expect(second!.value).toBeCloseTo(y1.revenueGrowth! + y1.ebitdaMargin!, 12);
    expect(second!.met).toBe(second!.value! >= 0.4);
    expect(burn!.value).toBe(y1.burnMultiple);
    expect(burn!.met).toBe(y1.burnMultiple === null ? null : y1.burnMultiple <= 1.5);
  });
});
