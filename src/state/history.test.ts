import { beforeEach, expect, it } from 'vitest';
import type { CellRef } from '../model/types';
import { beginGesture, endGesture, previousCell, redo, undo } from './history';
import { baselineScenario } from './scenario-slice';
import { useStore } from './store';

const vac: CellRef = { kind: 'driver', key: 'visitorAcquisitionCost', y: 0 };
const vacNow = () => useStore.getState().scenario.drivers.visitorAcquisitionCost[0];

beforeEach(() => {
  useStore.getState().loadScenario(baselineScenario());
  useStore.temporal.getState().clear();
});

it('records one typed value as one step and undoes and redoes it', () => {
  useStore.getState().setCell(vac, 10);
  expect(useStore.temporal.getState().pastStates).toHaveLength(1);
  undo();
  expect(vacNow()).toBe(8);
  redo();
  expect(vacNow()).toBe(10);
});

it('records a slider drag of many changes as one step, and clears the redo list', () => {
  useStore.getState().setCell(vac, 9);
  undo(); // leaves a redo step that the drag must discard
  expect(useStore.temporal.getState().futureStates).toHaveLength(1);
  beginGesture();
  for (const x of [8.5, 9, 9.5, 10, 12]) useStore.getState().setCell(vac, x);
  endGesture();
  const t = useStore.temporal.getState();
  expect(t.pastStates).toHaveLength(1);
  expect(t.futureStates).toHaveLength(0);
  expect(t.isTracking).toBe(true);
  undo();
  expect(vacNow()).toBe(8);
  redo();
  expect(vacNow()).toBe(12);
});

it('records nothing for a gesture that changed nothing', () => {
  beginGesture();
  endGesture();
  expect(useStore.temporal.getState().pastStates).toHaveLength(0);
});

it('finds the value a cell held before its latest change, following a plan that moved', () => {
  expect(previousCell(vac)).toBeUndefined();
  useStore.getState().setCell(vac, 10);
  useStore.getState().setCell({ kind: 'driver', key: 'marketingBudget', y: 0 }, 1);
  expect(previousCell(vac)).toBe(8);
  const proPrice: CellRef = { kind: 'plan', planIndex: 2, field: 'price', y: 3 };
  useStore.getState().setCell(proPrice, 200);
  useStore.getState().movePlan(2, 0);
  expect(previousCell({ kind: 'plan', planIndex: 0, field: 'price', y: 3 })).toBe(180);
});
