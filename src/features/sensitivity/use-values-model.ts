import { compileValues, type ValuesModel } from '../../model/perturb';
import type { ScenarioValues } from '../../model/types';
import { usePlanEvaluation } from '../../state/evaluation';

// One compiled model per evaluated scenario: the tornado and goal seek reuse it for every
// projection they make (its working buffer is reset after each use).
const cache = new WeakMap<ScenarioValues, ValuesModel>();

/**
 * The evaluation with its ValuesModel (the last valid scenario while the working one has problems).
 * Always the plan's figures: the model projects the assumptions alone, so its base must be the plan.
 */
export function useValuesModel() {
  const evaluation = usePlanEvaluation();
  let model = cache.get(evaluation.values);
  if (!model) {
    model = compileValues(evaluation.scenario, evaluation.values);
    cache.set(evaluation.values, model);
  }
  return { ...evaluation, model };
}
