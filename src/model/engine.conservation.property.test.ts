// Properties of the engine (docs/model.md, "One month") over random valid scenarios: what each
// month conserves (MRR, customers per plan and in total, cash), and the generator's own validity.
// Fixed seed: a failure prints the seed and the shrunk counterexample, and reruns the same way.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { project } from './engine';
import { near, REL, RUNS, scenarioArb } from './test-engine-properties';
import { MAX_PLANS, MONTHS, YEARS, type ScenarioValues } from './types';

const newCustomersOf = (v: ScenarioValues, y: number): number =>
  (v.drivers.marketingBudget[y]! / 12 / v.drivers.visitorAcquisitionCost[y]!) * v.drivers.visitorToTrial[y]! * v.drivers.trialToPaid[y]!;

describe('engine properties (fast-check, 1,000 runs, seed 20261123)', () => {
  it('the generator only yields valid scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, (v) => {
        const P = v.plans.length;
        if (P < 1 || P > MAX_PLANS) throw new Error(`${P} plans`);
        for (let y = 0; y < YEARS; y++) {
          if (!(v.drivers.visitorAcquisitionCost[y]! > 0)) throw new Error('visitorAcquisitionCost <= 0');
          let mix = 0;
          v.plans.forEach((p, i) => {
            mix += p.mix[y]!;
            const sum = p.churn[y]! + p.upgrade[y]! + p.downgrade[y]!;
            if (sum > 1 + 1e-12) throw new Error(`plan ${i} year ${y}: churn + upgrade + downgrade = ${sum}`);
            if (i === P - 1 && p.upgrade[y] !== 0) throw new Error('upgrade on the top plan');
            if (i === 0 && p.downgrade[y] !== 0) throw new Error('downgrade on the bottom plan');
          });
          near(mix, 1, 1, `mix sum, year ${y}`);
        }
      }),
      RUNS,
    );
  });

  it('MRR identity: mrr = startMrr + newMrr + expansionMrr - contractionMrr - churnedMrr, startMrr(m) = mrr(m-1)', () => {
    fc.assert(
      fc.property(scenarioArb, (v) => {
        const s = project(v).monthly;
        for (let m = 0; m < MONTHS; m++) {
          const terms = [s.startMrr[m]!, s.newMrr[m]!, s.expansionMrr[m]!, s.contractionMrr[m]!, s.churnedMrr[m]!];
          const magnitude = terms.reduce((a, t) => a + Math.abs(t), Math.abs(s.mrr[m]!));
          near(s.mrr[m]!, terms[0]! + terms[1]! + terms[2]! - terms[3]! - terms[4]!, magnitude, `mrr identity, month ${m}`);
          if (s.expansionMrr[m]! < 0 || s.contractionMrr[m]! < 0) throw new Error(`negative expansion or contraction, month ${m}`);
          if (m > 0) near(s.startMrr[m]!, s.mrr[m - 1]!, s.mrr[m - 1]!, `startMrr = last month's mrr, month ${m}`);
        }
        // startMrr(0) = sum of initial customers x this year's price
        const start0 = v.plans.reduce((a, p) => a + p.initialCustomers * p.price[0]!, 0);
        near(s.startMrr[0]!, start0, start0, 'startMrr, month 0');
      }),
      RUNS,
    );
  });

  it('each plan conserves customers; no plan goes negative', () => {
    fc.assert(
      fc.property(scenarioArb, (v) => {
        const p = project(v);
        const P = v.plans.length;
        let S = v.plans.map((plan) => plan.initialCustomers);
        for (let m = 0; m < MONTHS; m++) {
          const y = Math.floor(m / 12);
          const added = newCustomersOf(v, y);
          near(p.monthly.newCustomers[m]!, added, added, `newCustomers, month ${m}`);
          const next: number[] = [];
          for (let i = 0; i < P; i++) {
            const plan = v.plans[i]!;
            const s = S[i]!;
            const churned = s * plan.churn[y]!;
            const up = i < P - 1 ? s * plan.upgrade[y]! : 0;
            const down = i > 0 ? s * plan.downgrade[y]! : 0;
            const upIn = i > 0 ? S[i - 1]! * v.plans[i - 1]!.upgrade[y]! : 0;
            const downIn = i < P - 1 ? S[i + 1]! * v.plans[i + 1]!.downgrade[y]! : 0;
            const newI = added * plan.mix[y]!;
            const expected = s - churned - up - down + upIn + downIn + newI;
            const actual = p.customersByPlan[i]![m]!;
            const scale = s + upIn + downIn + newI;
            near(actual, expected, scale, `customers of plan ${i}, month ${m}`);
            if (actual < -REL * Math.max(scale, 1)) throw new Error(`plan ${i} has ${actual} customers in month ${m}`);
            next.push(actual);
          }
          S = next;
        }
      }),
      RUNS,
    );
  });

  it('customers(m) = customers(m-1) - churnedCustomers(m) + newCustomers(m), = sum over plans, never negative', () => {
    fc.assert(
      fc.property(scenarioArb, (v) => {
        const p = project(v);
        const s = p.monthly;
        let before = v.plans.reduce((a, plan) => a + plan.initialCustomers, 0);
        for (let m = 0; m < MONTHS; m++) {
          const scale = before + s.newCustomers[m]!;
          near(s.customers[m]!, before - s.churnedCustomers[m]! + s.newCustomers[m]!, scale, `customers, month ${m}`);
          let byPlan = 0, mrrByPlan = 0;
          for (let i = 0; i < v.plans.length; i++) {
            byPlan += p.customersByPlan[i]![m]!;
            mrrByPlan += p.mrrByPlan[i]![m]!;
          }
          near(s.customers[m]!, byPlan, scale, `customers = sum of plans, month ${m}`);
          near(s.mrr[m]!, mrrByPlan, s.mrr[m]!, `mrr = sum of plans, month ${m}`);
          if (s.customers[m]! < -REL * Math.max(scale, 1)) throw new Error(`${s.customers[m]} customers in month ${m}`);
          before = s.customers[m]!;
        }
      }),
      RUNS,
    );
  });

  it('cash(m) = cash(m-1) + ebitda(m), from startingCash', () => {
    fc.assert(
      fc.property(scenarioArb, (v) => {
        const s = project(v).monthly;
        let cash = v.startingCash;
        for (let m = 0; m < MONTHS; m++) {
          near(s.cash[m]!, cash + s.ebitda[m]!, Math.abs(cash) + Math.abs(s.ebitda[m]!), `cash, month ${m}`);
          cash = s.cash[m]!;
        }
      }),
      RUNS,
    );
  });
});
