import type { Projection } from '../model/types';

// The headline CAC payback and LTV/CAC use paid CAC (MODEL.md). Their fully loaded variants use
// fullyLoadedCac in the same formulas, so a board can see both at a glance.

/** CAC payback on fully loaded CAC for year index y: fullyLoadedCac / (arpu x grossMargin), null unless arpu x grossMargin > 0. */
export function fullyLoadedPayback(p: Projection, y: number): number | null {
  const year = p.years[y]!;
  const { fullyLoadedCac, arpu, grossMargin } = year;
  if (fullyLoadedCac === null || arpu === null || grossMargin === null || !(arpu * grossMargin > 0)) return null;
  return fullyLoadedCac / (arpu * grossMargin);
}

/** LTV over fully loaded CAC for year index y, from December as ltvToCac is: ltv / fullyLoadedCac. */
export function fullyLoadedLtvToCac(p: Projection, y: number): number | null {
  const dec = y * 12 + 11;
  const ltv = p.monthly.ltv[dec];
  const cac = p.monthly.fullyLoadedCac[dec];
  if (ltv === null || ltv === undefined || cac === null || cac === undefined || !(cac > 0)) return null;
  return ltv / cac;
}
