import type { ActualMonth, CellRef, ScenarioValues } from '../../model/types';

// The funnel rates the actuals imply (issue 17), beside the assumptions they test, and "Use
// these rates": the trailing three months' rates written into the current year's assumptions.

export interface Rates {
  visitorToTrial: number | null;
  trialToPaid: number | null;
  /** Customers who left over customers at the start of the month(s), all plans together. */
  churn: number | null;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/**
 * The rates of some actual months, as ratios of their sums: visitorToTrial = trials / visitors,
 * trialToPaid = newCustomers / trials, churn = churnedCustomers / customers at the months' starts.
 * A month counts toward a rate only when it gives both of its figures.
 */
export function impliedRates(months: readonly ActualMonth[], startCustomers: (month: ActualMonth) => number): Rates {
  let visitors = 0, trials = 0, trialsPaid = 0, paid = 0, churned = 0, start = 0;
  let funnel = false, conversion = false, churn = false;
  for (const e of months) {
    if (e.visitors !== undefined && e.trials !== undefined) { visitors += e.visitors; trials += e.trials; funnel = true; }
    if (e.trials !== undefined && e.newCustomers !== undefined) { trialsPaid += e.trials; paid += e.newCustomers; conversion = true; }
    if (e.churnedCustomers !== undefined) { churned += e.churnedCustomers; start += startCustomers(e); churn = true; }
  }
  return {
    visitorToTrial: funnel ? ratio(trials, visitors) : null,
    trialToPaid: conversion ? ratio(paid, trialsPaid) : null,
    churn: churn ? ratio(churned, start) : null,
  };
}

export interface RateEdit {
  ref: CellRef;
  cell: number;
  /** `Visitor-to-trial 2026`, `Pro churn 2026` */
  label: string;
  before: number;
}

/**
 * The assumption edits that make year y run at the given rates: the two funnel drivers take the
 * rates; each plan's churn is scaled by actual churn / planned churn (`plannedChurn`, the plan's
 * own churn over the same months), so the tiers keep their order, and is kept so that churn +
 * upgrade + downgrade stays at most 100 %.
 */
export function rateEdits(values: ScenarioValues, y: number, rates: Rates, plannedChurn: number | null, planNames: readonly string[], year: number): RateEdit[] {
  const edits: RateEdit[] = [];
  const tidy = (x: number) => Number(x.toPrecision(6));
  for (const key of ['visitorToTrial', 'trialToPaid'] as const) {
    const r = rates[key];
    if (r === null || r > 1) continue;
    edits.push({ ref: { kind: 'driver', key, y }, cell: tidy(r), label: `${key === 'visitorToTrial' ? 'Visitor-to-trial' : 'Trial-to-paid'} ${year}`, before: values.drivers[key][y]! });
  }
  if (rates.churn !== null && plannedChurn !== null && plannedChurn > 0) {
    const f = rates.churn / plannedChurn;
    values.plans.forEach((p, i) => {
      const room = 1 - p.upgrade[y]! - p.downgrade[y]!;
      edits.push({ ref: { kind: 'plan', planIndex: i, field: 'churn', y }, cell: tidy(Math.max(0, Math.min(room, p.churn[y]! * f))), label: `${planNames[i]} churn ${year}`, before: p.churn[y]! });
    });
  }
  return edits.filter((e) => e.cell !== e.before);
}
