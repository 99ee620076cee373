/** The shared charts a user can save as images, in the dashboard's order (ids match their test ids). */
export const CHART_FILES = [
  { id: 'mrr', title: 'MRR by plan' },
  { id: 'mrr-bridge', title: 'MRR bridge by year' },
  { id: 'unit-economics', title: 'Unit economics' },
  { id: 'margins-nrr', title: 'Gross margin and NRR' },
  { id: 'funnel', title: 'Acquisition funnel by year' },
  { id: 'cash', title: 'Cash and EBITDA' },
  { id: 'customers', title: 'Customers by plan and plan mix' },
] as const;
export type ChartFileId = (typeof CHART_FILES)[number]['id'];
