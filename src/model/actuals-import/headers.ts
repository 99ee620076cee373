import { ACTUAL_FIGURES, type ActualFigure } from './contract';

// Which figure of the contract a column holds, suggested from its header: the contract's own
// names, then common names and synonyms from billing, analytics and finance exports. Case,
// spacing, punctuation and a unit in brackets ("MRR ($)") are ignored.

/** Where a column goes: the month, a figure, one plan's customers (`customers_<planId>`), or left out. */
export type Target = 'month' | ActualFigure | `customers_${string}` | 'skip';

/** Flows add up over a month's days (and over several columns); balances take the month's last row. */
export const FLOWS: ReadonlySet<ActualFigure> = new Set([
  'marketingSpend', 'visitors', 'trials', 'newCustomers', 'churnedCustomers', 'newMrr', 'expansionMrr',
  'contractionMrr', 'churnedMrr', 'cogs', 'salesMarketingOverhead', 'operatingExpenses',
]);

/** Figures some exports write as negative amounts (ChartMogul's "Churn MRR: -1,200"). */
export const LOSSES: ReadonlySet<ActualFigure> = new Set(['churnedCustomers', 'churnedMrr', 'contractionMrr']);

const SYNONYMS: Record<'month' | ActualFigure | 'customers', string[]> = {
  month: ['month', 'date', 'period', 'day', 'week', 'weekof', 'weekstarting', 'monthyear', 'yearmonth', 'monthending', 'periodend', 'periodstart'],
  marketingSpend: ['marketingspend', 'adspend', 'paidmarketing', 'advertising', 'advertisingspend', 'marketing', 'paidacquisitionspend', 'acquisitionspend', 'spend', 'adcost', 'marketingcost'],
  visitors: ['visitors', 'visits', 'sessions', 'uniquevisitors', 'websitevisitors', 'traffic', 'users'],
  trials: ['trials', 'newtrials', 'trialsignups', 'signups', 'trialsstarted', 'trialstarts'],
  newCustomers: ['newcustomers', 'newsubscribers', 'newsubscriptions', 'newpayingcustomers', 'newpaidcustomers', 'conversions', 'paidconversions'],
  churnedCustomers: ['churnedcustomers', 'customerschurned', 'lostcustomers', 'cancellations', 'cancelledcustomers', 'canceledcustomers', 'churnedsubscribers', 'customerchurn'],
  mrr: ['mrr', 'monthlyrecurringrevenue', 'totalmrr', 'endingmrr', 'closingmrr', 'mrrend', 'netmrr'],
  newMrr: ['newmrr', 'newbusinessmrr', 'newbizmrr', 'mrrnew', 'newbusiness', 'reactivationmrr', 'reactivatedmrr', 'reactivation', 'reactivations', 'mrrreactivation'],
  expansionMrr: ['expansionmrr', 'upgrademrr', 'upsellmrr', 'expansion', 'mrrexpansion'],
  contractionMrr: ['contractionmrr', 'downgrademrr', 'contraction', 'mrrcontraction'],
  churnedMrr: ['churnedmrr', 'churnmrr', 'cancelledmrr', 'canceledmrr', 'lostmrr', 'mrrchurn', 'mrrchurned'],
  cogs: ['cogs', 'costofgoodssold', 'costofrevenue', 'costofsales', 'hostingandsupport'],
  salesMarketingOverhead: ['salesmarketingoverhead', 'smoverhead', 'salesandmarketingoverhead', 'salesandmarketing', 'salesmarketing', 'sm'],
  operatingExpenses: ['operatingexpenses', 'opex', 'operatingcosts', 'otheropex', 'rdga'],
  cash: ['cash', 'cashbalance', 'endingcash', 'closingcash', 'bankbalance', 'cashonhand', 'cashinbank'],
  nrr: ['nrr', 'netrevenueretention', 'netdollarretention', 'ndr', 'netretention', 'netmrrretention'],
  customers: ['customers', 'activecustomers', 'payingcustomers', 'totalcustomers', 'customercount', 'subscribers', 'activesubscribers', 'activesubscriptions', 'endingcustomers'],
};

const REACTIVATION = new Set(['reactivationmrr', 'reactivatedmrr', 'reactivation', 'reactivations', 'mrrreactivation']);

// Columns of the app's own CSV (and common derived figures) that the model computes itself.
const COMPUTED = new Set([
  'year', 'actual', 'startmrr', 'revenue', 'grossprofit', 'ebitda', 'arpu', 'grossmargin', 'cac', 'fullyloadedcac',
  'cacpaybackmonths', 'customerchurnrate', 'ltv', 'ltvtocac', 'quickratio', 'netburn', 'runwaymonths', 'arr', 'financing',
]);

const BY_NAME = new Map<string, 'month' | ActualFigure | 'customers'>();
for (const [target, names] of Object.entries(SYNONYMS)) for (const n of names) BY_NAME.set(n, target as 'month' | ActualFigure | 'customers');

/** A header as compared: lower case, letters and digits only, a bracketed unit dropped. */
export const normalHeader = (h: string) => h.replace(/\([^)]*\)|\[[^\]]*\]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

export interface PlanNames {
  id: string;
  name: string;
}

export interface Suggestion {
  target: Target;
  /** Why, for the preview: added to newMrr, computed by the model, several plans ... */
  note?: string;
  /** Left out only because nothing matched: the headless CLI refuses it (a typo must not pass). */
  unmatched?: true;
  /** All plans' customers together: with a column for each plan beside it, a total the model computes. */
  total?: true;
}

/** The figure a header suggests, given the scenario's plans. */
export function suggestTarget(header: string, plans: readonly PlanNames[]): Suggestion {
  const h = normalHeader(header);
  if (h === '') return { target: 'skip', note: 'no header' };
  for (const p of plans) {
    const id = normalHeader(p.id);
    const name = normalHeader(p.name);
    for (const key of [id, name]) {
      if (key && (h === `customers${key}` || h === `${key}customers` || h === `active${key}customers` || h === `${key}subscribers`)) return { target: `customers_${p.id}` };
    }
  }
  const found = BY_NAME.get(h);
  if (found === 'customers') {
    return plans.length === 1
      ? { target: `customers_${plans[0]!.id}`, note: `the ${plans[0]!.name} plan's customers (the scenario's only plan)` }
      : { target: 'skip', note: `the scenario has ${plans.length} plans: choose whose customers these are`, unmatched: true, total: true };
  }
  if (found) return REACTIVATION.has(h) ? { target: 'newMrr', note: 'added to newMrr: MRR that comes back from former customers counts as new MRR' } : { target: found };
  if (COMPUTED.has(h)) return { target: 'skip', note: h === 'year' || h === 'actual' ? "a column of the app's own CSV" : 'computed by the model, not read' };
  return { target: 'skip', note: 'no figure matches this header: choose one, or leave it out', unmatched: true };
}

/** Every target a column can be given, in the order the preview's menu lists them. */
export function targetChoices(planIds: readonly string[]): Target[] {
  return ['skip', 'month', ...ACTUAL_FIGURES, ...planIds.map((id) => `customers_${id}` as const)];
}

/** Reads a target's name as the CLI's --map and the remembered mappings write it. */
export function parseTarget(text: string, planIds: readonly string[]): Target | null {
  const t = text.trim();
  if (t === '' || t === 'skip' || t === 'none') return 'skip';
  return targetChoices(planIds).find((c) => c.toLowerCase() === t.toLowerCase()) ?? null;
}
