// Exported files are named after the scenario, so a folder of exports reads as a list of plans.

/** `CRM baseline 2026-2030` -> `crm-baseline-2026-2030`; `scenario` when nothing is left. */
export function slugify(name: string): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  return slug || 'scenario';
}

/** `crm-baseline-2026-2030-monthly.csv`: the scenario's slug, what the file holds, its type. */
export function exportFileName(scenarioName: string, what: string, extension: string): string {
  return `${slugify(scenarioName)}-${what}.${extension}`;
}
