import { beforeEach, expect, it } from 'vitest';
import { redo, undo } from './history';
import { baselineScenario } from './scenario-slice';
import { useStore } from './store';

const actuals = () => useStore.getState().scenario.actuals;
const steps = () => useStore.temporal.getState().pastStates.length;

beforeEach(() => {
  useStore.getState().loadScenario(baselineScenario());
  useStore.temporal.getState().clear();
});

it('an accepted import is one undo step, undone and redone whole', () => {
  useStore.getState().importActuals([{ month: '2026-01', visitors: 2000 }, { month: '2026-02', visitors: 2100, mrr: 3900 }]);
  expect(steps()).toBe(1);
  undo();
  expect(actuals()).toBeUndefined();
  redo();
  expect(actuals()).toEqual([{ month: '2026-01', visitors: 2000 }, { month: '2026-02', visitors: 2100, mrr: 3900 }]);
});

it('clearing all actuals is one undo step, and takes the field out of the file', () => {
  useStore.getState().importActuals([{ month: '2026-01', visitors: 2000 }]);
  useStore.getState().clearActuals();
  expect(steps()).toBe(2);
  expect('actuals' in useStore.getState().scenario).toBe(false);
  undo();
  expect(actuals()).toEqual([{ month: '2026-01', visitors: 2000 }]);
  useStore.getState().clearActuals();
  useStore.getState().clearActuals(); // nothing left to clear: no empty step
  expect(steps()).toBe(2);
});

it('a pasted block of grid edits is one step', () => {
  useStore.getState().setActualFigures([{ m: 0, figure: 'visitors', value: 2000 }, { m: 1, figure: 'visitors', value: 2100 }, { m: 1, figure: 'customers_pro', value: 3 }]);
  expect(steps()).toBe(1);
  expect(actuals()).toEqual([{ month: '2026-01', visitors: 2000 }, { month: '2026-02', visitors: 2100, customersByPlan: { pro: 3 } }]);
});
