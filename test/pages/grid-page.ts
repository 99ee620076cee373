import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

/** The page model of the assumptions grid, its what-if sliders and the plans form. */
export class GridPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  override async open(hash = ''): Promise<void> {
    await super.open(hash);
    await this.grid().waitFor();
  }

  grid(): Locator {
    return this.page.getByRole('grid', { name: 'Assumptions by year' });
  }

  /** A cell by its accessible name: row label and year, e.g. `Pro price 2029`. */
  cell(name: string): Locator {
    return this.grid().getByRole('gridcell', { name, exact: true });
  }

  /** The in-cell editor of a cell. */
  editor(name: string): Locator {
    return this.grid().getByRole('textbox', { name, exact: true });
  }

  /** Selects a cell, types over it and commits with Enter: one undo step. */
  async enter(name: string, text: string): Promise<void> {
    await this.cell(name).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** What a cell shows (its value, never its formula). */
  async shown(name: string): Promise<string> {
    return (await this.cell(name).locator('.cell-value').innerText()).trim();
  }

  /** The accessible name of the element that has the keyboard. */
  focused(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
  }

  /** The problem a cell announces (its aria-describedby text), or null. */
  problemOf(name: string): Promise<string | null> {
    return this.cell(name).evaluate((el) => {
      const id = el.getAttribute('aria-describedby');
      return id ? document.getElementById(id)?.textContent ?? null : null;
    });
  }

  staleNote(): Locator {
    return this.page.getByText('Showing the last valid projection');
  }

  undoButton(): Locator {
    return this.page.getByRole('button', { name: 'Undo', exact: true });
  }

  redoButton(): Locator {
    return this.page.getByRole('button', { name: 'Redo', exact: true });
  }

  async openWhatIf(): Promise<void> {
    await this.page.getByRole('button', { name: 'Show what-if' }).click();
  }

  slider(label: string): Locator {
    return this.page.getByRole('slider', { name: label, exact: true });
  }

  /** Drags a slider's thumb from one fraction of its track to another in small steps. */
  async dragSlider(label: string, from: number, to: number, steps = 20): Promise<void> {
    const box = (await this.slider(label).boundingBox())!;
    // Chromium's thumb is about 16 px wide: its centre runs from 8 px to width - 8 px.
    const x = (f: number) => box.x + 8 + f * (box.width - 16);
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x(from), y);
    await this.page.mouse.down();
    await this.page.mouse.move(x(to), y, { steps });
    await this.page.mouse.up();
  }
}
