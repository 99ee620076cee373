// The working evaluation shows a scenario's own figures only: its projection, or its own last good
// version's marked not current, or none. The defect this guards against: opening a library entry
// with an invalid cell showed the previously open scenario's figures under the entry's name.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CellRef, Scenario } from '../model/types';
import { evaluateScenario } from './evaluate';
import { workingEvaluation } from './evaluation';
import { beginGesture, endGesture, redo, undo } from './history';
import { shippedScenario } from './shipped';
import { useStore } from './store';

const baseline = shippedScenario('crm-baseline')!;
const aggressive = shippedScenario('crm-aggressive')!;
const trial: CellRef = { kind: 'driver', key: 'trialToPaid', y: 0 };
// A trial-to-paid rate above 100 % is out of range (MODEL.md: rates are fractions in [0, 1]).
const broken = (s: Scenario, name = s.name): Scenario => ({ ...s, name, drivers: { ...s.drivers, trialToPaid: [1.5, ...s.drivers.trialToPaid.slice(1)] } });
const projectionOf = (s: Scenario) => { const e = evaluateScenario(s); if (!e.ok) throw new Error('expected a valid scenario'); return e.projection; };
const now = () => workingEvaluation(useStore.getState());

beforeEach(() => {
  useStore.setState({ scenario: baseline, lastGood: null, gestureStart: null, library: [], notices: [], document: { entryId: null, fileName: null, saved: baseline } });
  useStore.temporal.getState().clear();
});

describe('the working evaluation', () => {
  it('a scenario opened with an invalid cell shows its problems and no figures, never the previous scenario\'s', () => {
    useStore.getState().openScenario(aggressive, {});
    expect(now().shown!.projection).toBe(projectionOf(aggressive));
    useStore.getState().openScenario(broken(baseline, 'Entry with a bad cell'), { entryId: 'x' });
    const w = now();
    expect(w.shown).toBeNull();
    expect(w.problems.some((p) => p.cell?.kind === 'driver' && p.cell.key === 'trialToPaid' && p.cell.y === 0)).toBe(true);
  });

  it('an invalid edit keeps the scenario\'s own last good figures, marked not current, across further edits', () => {
    useStore.getState().setCell(trial, 1.5);
    let w = now();
    expect(w.shown!.stale).toBe(true);
    expect(w.shown!.projection).toBe(projectionOf(baseline));
    useStore.getState().setCell({ kind: 'driver', key: 'marketingBudget', y: 1 }, '=nosuchname');
    w = now();
    expect(w.shown!.projection).toBe(projectionOf(baseline));
    expect(w.problems.length).toBeGreaterThanOrEqual(2);
  });

  it('a valid edit becomes the last good version', () => {
    useStore.getState().setCell({ kind: 'driver', key: 'marketingBudget', y: 0 }, 250_000);
    const edited = useStore.getState().scenario;
    useStore.getState().setCell(trial, 1.5);
    expect(useStore.getState().lastGood).toBe(edited);
    expect(now().shown!.projection).toBe(projectionOf(edited));
    useStore.getState().setCell(trial, 0.2);
    expect(now().shown!.stale).toBe(false);
  });

  it('undo and redo across opening another scenario restore each one\'s own last good version', () => {
    useStore.getState().openScenario(aggressive, {});
    useStore.getState().setCell(trial, 1.5); // aggressive, invalid: shows aggressive, not current
    useStore.getState().openScenario(broken(baseline, 'Bad entry'), {});
    expect(now().shown).toBeNull();
    undo();
    expect(useStore.getState().scenario.name).toBe(aggressive.name);
    expect(now().shown!.projection).toBe(projectionOf(aggressive));
    expect(now().shown!.stale).toBe(true);
    redo();
    expect(useStore.getState().scenario.name).toBe('Bad entry');
    expect(now().shown).toBeNull();
  });

  it('a gesture recorded as one step brings back the last good version from before it', () => {
    useStore.getState().setCell(trial, 1.5);
    const before = useStore.getState();
    beginGesture();
    useStore.getState().setCell(trial, 0.3);
    useStore.getState().setCell(trial, 0.25);
    endGesture();
    expect(useStore.getState().gestureStart).toBeNull();
    undo();
    expect(useStore.getState().scenario).toBe(before.scenario);
    expect(useStore.getState().lastGood).toBe(before.lastGood);
    expect(now().shown!.projection).toBe(projectionOf(baseline));
  });

  it('a restored session with an invalid cell shows its own kept version; without one, no figures', () => {
    useStore.getState().loadScenario(broken(aggressive), aggressive);
    expect(now().shown!.projection).toBe(projectionOf(aggressive));
    useStore.getState().loadScenario(broken(aggressive));
    expect(now().shown).toBeNull();
  });
});
