import type { Locator, Page } from 'playwright-core';
import { GridPage } from './grid-page';

/** The Model view's checks: the cash warning above the grid and the values to check. */
export class ModelChecksPage extends GridPage {
  constructor(page: Page) {
    super(page);
  }

  /** A cell by its row label and year; the label may carry its unit ("Operating expenses (per month)"). */
  cellOf(label: string, year: number): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.grid().getByRole('gridcell', { name: new RegExp(`^${escaped}\\b.* ${year}$`) });
  }

  async type(label: string, year: number, text: string): Promise<void> {
    await this.cellOf(label, year).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  cashWarning(): Locator {
    return this.page.getByTestId('cash-out-banner');
  }

  warnings(): Locator {
    return this.page.getByTestId('grid-warnings');
  }

  /** What a cell announces beside its name (its aria-describedby text), or null. */
  described(cell: Locator): Promise<string | null> {
    return cell.evaluate((el) => {
      const id = el.getAttribute('aria-describedby');
      return id ? document.getElementById(id)?.textContent ?? null : null;
    });
  }

  /** Whether an element lies within the window as it is scrolled now. */
  inView(target: Locator): Promise<boolean> {
    return target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
    });
  }
}
