import type { Locator, Page } from 'playwright-core';
import { baseUrl } from '../support/browser';

export interface Box { x: number; y: number; width: number; height: number }

/** The app's layout as a screen shows it: where the header's parts, the grid and the cards sit. */
export class LayoutPage {
  constructor(readonly page: Page) {}

  async open(hash = ''): Promise<void> {
    await this.page.goto(baseUrl() + hash);
    await this.page.getByRole('grid', { name: 'Assumptions by year' }).waitFor();
  }

  async view(name: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();
  }

  /** The header's parts grouped into rows: a part starts a new row when it lies below the others. */
  headerRows(): Promise<number> {
    return this.page.locator('.app-header').evaluate((h) => {
      const boxes = [...h.children].map((c) => c.getBoundingClientRect()).filter((r) => r.height > 0);
      const firstBottom = Math.min(...boxes.map((r) => r.bottom));
      return boxes.some((r) => r.top >= firstBottom) ? 2 : 1;
    });
  }

  /** Whether the header shows the scenario's whole name (nothing cut off by an ellipsis). */
  nameShownWhole(): Promise<boolean> {
    return this.page.locator('.app-header .scenario-name').evaluate((n) => n.clientWidth > 0 && n.scrollWidth <= n.clientWidth);
  }

  box(target: Locator): Promise<Box> {
    return target.evaluate((el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; });
  }

  /** The KPI grid: its column count, the slots its cards take, and the distinct rows they sit on. */
  kpiSlots(): Promise<{ columns: number; slots: number; rows: number }> {
    return this.page.locator('.kpi-grid').evaluate((grid) => {
      const columns = getComputedStyle(grid).gridTemplateColumns.split(' ').length;
      const cards = [...grid.children] as HTMLElement[];
      const width = cards.map((c) => c.getBoundingClientRect().width);
      const unit = Math.min(...width);
      const slots = width.reduce((n, w) => n + Math.round(w / unit), 0);
      const rows = new Set(cards.map((c) => Math.round(c.getBoundingClientRect().top))).size;
      return { columns, slots, rows };
    });
  }
}

/** Whether two boxes overlap. */
export const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
