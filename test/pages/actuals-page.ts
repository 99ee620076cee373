import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

/** The page model of the Actuals view: its grid, the import preview and plan vs actual. */
export class ActualsPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** Opens the app (optionally on a shipped example) and goes to the Actuals view. */
  async openActuals(example?: string): Promise<void> {
    await this.open(example ? `?example=${example}` : '');
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Actuals', exact: true }).click();
    await this.grid().waitFor();
  }

  grid(): Locator {
    return this.page.getByRole('grid', { name: 'Actuals by month' });
  }

  /** A cell by its accessible name: figure label and month, e.g. `Visitors Mar 2026`. */
  cell(name: string): Locator {
    return this.grid().getByRole('gridcell', { name, exact: true });
  }

  async shown(name: string): Promise<string> {
    return (await this.cell(name).locator('.cell-value').innerText()).trim();
  }

  preview(): Locator {
    return this.page.getByRole('dialog', { name: /^Import actuals from/ });
  }

  /** Picks a file with the view's file input, as the Import button does. */
  async pick(path: string): Promise<void> {
    await this.page.getByLabel('Actuals file to import').setInputFiles(path);
    await this.preview().waitFor();
  }

  /** Drops a file on the view, as a planner drags one from the desktop. */
  async drop(path: string): Promise<void> {
    const b64 = readFileSync(path).toString('base64');
    const dataTransfer = await this.page.evaluateHandle(({ name, b64 }) => {
      const dt = new DataTransfer();
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], name));
      return dt;
    }, { name: basename(path), b64 });
    const target = this.page.getByRole('region', { name: 'Actuals' });
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
    await this.preview().waitFor();
  }

  /** The figure a column of the file goes to (its select's value). */
  mapping(header: string): Locator {
    return this.preview().getByRole('combobox', { name: `Figure for column ${header}`, exact: true });
  }

  acceptButton(): Locator {
    return this.preview().getByRole('button', { name: /^Import( \d+ figures?)?$/ });
  }
}

/** Plan vs actual: a figure's row as its cells' texts (actual, plan, difference, %). */
export async function varianceRow(page: Page, figure: string): Promise<string[]> {
  const cells = page.locator(`.pva-panels tr[data-figure="${figure}"] td`);
  return (await cells.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}
