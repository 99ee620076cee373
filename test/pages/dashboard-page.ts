import type { Locator, Page } from 'playwright-core';
import { baseUrl } from '../support/browser';

export const CHART_IDS = ['chart-mrr', 'chart-mrr-bridge', 'chart-unit-economics', 'chart-margins-nrr', 'chart-funnel', 'chart-cash', 'chart-customers'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** The page model of the dashboard: KPI cards, targets, charts and tables. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  /** Opens the app (optionally `?example=...`) and goes to the dashboard with every chart drawn. */
  async open(query = ''): Promise<void> {
    await this.page.goto(baseUrl() + query);
    await this.view('Dashboard');
  }

  async view(name: 'Dashboard' | 'Model' | 'Guide'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();
    if (name === 'Dashboard') {
      await this.page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor();
      for (const id of CHART_IDS) await this.chart(id).locator('svg[role="img"]').waitFor();
    }
  }

  /**
   * Waits until every card, chart and table shows the live projection: they follow an edit made
   * on the dashboard itself (a target, a what-if slider) once the frame with the edit is painted.
   */
  async settled(): Promise<void> {
    await this.page.waitForFunction(() => {
      const root = document.querySelector<HTMLElement>('.dashboard');
      if (!root) return false;
      return [root, ...root.querySelectorAll<HTMLElement>('[data-projection]')].every((r) => r.dataset.projection === root.dataset.liveProjection);
    });
  }

  /** A KPI card: a region named by its KPI. */
  card(label: string): Locator {
    return this.page.getByRole('region', { name: label, exact: true });
  }

  /** The card's headline figure (the last year), with its raw number in data-value. */
  headline(label: string): Locator {
    return this.card(label).locator('.kpi-headline');
  }

  /** The card's first-year figure. */
  firstYear(label: string, year: number): Locator {
    return this.card(label).locator(`.kpi-from [data-period="${year}"]`);
  }

  /** The status chips of a card's targets (data-status: met, missed, unknown). */
  statuses(label: string): Locator {
    return this.card(label).locator('.kpi-status');
  }

  chart(id: ChartId): Locator {
    return this.page.getByTestId(id);
  }

  plot(id: ChartId): Locator {
    return this.chart(id).locator('svg[role="img"]');
  }

  tooltip(id: ChartId): Locator {
    return this.chart(id).locator('.chart-tooltip');
  }

  /** Moves the pointer over a chart at a fraction of its width and returns the month it reads. */
  async hover(id: ChartId, fraction: number): Promise<number> {
    await this.plot(id).scrollIntoViewIfNeeded();
    const box = (await this.plot(id).boundingBox())!;
    await this.page.mouse.move(box.x + box.width * fraction, box.y + box.height * 0.5);
    await this.tooltip(id).waitFor();
    return Number(await this.tooltip(id).getAttribute('data-index'));
  }

  /** A tooltip row's value by its label. */
  tooltipValue(id: ChartId, label: string): Locator {
    return this.tooltip(id).locator('tr', { has: this.page.getByRole('rowheader', { name: label, exact: true }) }).locator('td');
  }

  cashWarning(): Locator {
    return this.page.getByTestId('cash-warning');
  }

  targetsSection(): Locator {
    return this.page.getByRole('region', { name: 'Targets', exact: true });
  }

  targetRows(): Locator {
    return this.targetsSection().locator('tbody tr');
  }

  targetRow(metric: string): Locator {
    return this.targetsSection().locator(`tr[data-metric="${metric}"]`);
  }

  /** Edits an assumption in the Model view's grid (double-click, type, Enter), then returns here. */
  async editAssumption(cellName: string, text: string): Promise<void> {
    await this.view('Model');
    await this.page.getByRole('gridcell', { name: cellName, exact: true }).dblclick();
    const editor = this.page.getByRole('textbox', { name: cellName, exact: true });
    await editor.fill(text);
    await editor.press('Enter');
    await this.view('Dashboard');
  }
}
