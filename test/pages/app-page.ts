import type { Locator, Page } from 'playwright-core';
import { baseUrl } from '../support/browser';

/** The page model of the app shell and its first screen. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(hash = ''): Promise<void> {
    await this.page.goto(baseUrl() + hash);
    await this.page.getByRole('heading', { name: 'Unit economics' }).waitFor();
  }

  /** A cell of the unit-economics table: row label and period (month0, first-year, last-year). */
  overviewFigure(label: string, period: 'month0' | 'first-year' | 'last-year'): Locator {
    return this.page.locator(`tr[data-kpi="${label}"] td[data-period="${period}"]`);
  }
}
