import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from './file-names';

describe('export file names', () => {
  it('slugify keeps letters and digits, joined by single hyphens', () => {
    expect(slugify('CRM baseline 2026-2030')).toBe('crm-baseline-2026-2030');
    expect(slugify('  Plan B: Übermut & co.  ')).toBe('plan-b-ubermut-co');
    expect(slugify('***')).toBe('scenario');
    expect(slugify('a'.repeat(79) + ' b')).toBe('a'.repeat(79));
  });
  it('names a file by scenario, content and type', () => {
    expect(exportFileName('CRM baseline 2026-2030', 'monthly', 'csv')).toBe('crm-baseline-2026-2030-monthly.csv');
    expect(exportFileName('CRM baseline 2026-2030', 'chart-mrr', 'png')).toBe('crm-baseline-2026-2030-chart-mrr.png');
  });
});
