import type { Locator, Page } from 'playwright-core';
import { baseUrl } from '../support/browser';

/** The page model of the app shell and its first screen. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(hash = ''): Promise<void> {
    await this.page.goto(baseUrl() + hash);
    await this.page.getByRole('heading', { name: 'Unit economics' }).waitFor();
  }

  /**
   * What a cell of the unit-economics table shows once the side panel has caught up: the panel
   * draws from a deferred projection (it follows an edit a render later), so a read waits until
   * the projection it shows is the live one (`data-projection` = `data-live-projection`).
   */
  async overviewValue(label: string, period: 'month0' | 'first-year' | 'last-year'): Promise<string> {
    await this.panelSettled();
    return this.overviewFigure(label, period).innerText();
  }

  /** Waits until the side panel shows the live projection (it follows an edit once its frame is painted). */
  async panelSettled(): Promise<void> {
    await this.page.waitForFunction(() => {
      const panel = document.querySelector('.overview');
      return panel !== null && panel.getAttribute('data-projection') === panel.getAttribute('data-live-projection');
    });
  }

  /** A cell of the unit-economics table: row label and period (month0, first-year, last-year). */
  overviewFigure(label: string, period: 'month0' | 'first-year' | 'last-year'): Locator {
    return this.page.locator(`tr[data-kpi="${label}"] td[data-period="${period}"]`);
  }
}
