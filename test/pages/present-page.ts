import type { Locator, Page } from 'playwright-core';
import { baseUrl } from '../support/browser';

/** The page model of the presentation overlay, the theme picker and the Export menu. */
export class PresentPage {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(baseUrl() + query);
    await this.page.getByRole('button', { name: 'Present', exact: true }).waitFor();
  }

  async setTheme(theme: 'light' | 'dark' | 'contrast'): Promise<void> {
    await this.page.getByLabel('Theme').selectOption(theme);
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: 'Present', exact: true }).click();
    await this.overlay().waitFor();
  }

  overlay(): Locator {
    return this.page.getByRole('dialog', { name: /^Presentation/ });
  }

  title(): Locator {
    return this.overlay().getByRole('heading', { level: 2 });
  }

  counter(): Locator {
    return this.overlay().getByTestId('slide-counter');
  }

  /** A big figure of the current slide by its id (an annual figure or a summary name). */
  figure(id: string): Locator {
    return this.overlay().locator(`.big-figure[data-figure="${id}"] .big-value`);
  }

  async figureValue(id: string): Promise<number> {
    // The slide draws from a deferred projection (a what-if step renders the slider first): read
    // it once the slide shows the live projection.
    await this.page.waitForFunction(() => {
      const slide = document.querySelector('.present-slide');
      return slide !== null && slide.getAttribute('data-projection') === slide.getAttribute('data-live-projection');
    });
    return Number(await this.figure(id).getAttribute('data-value'));
  }

  slider(label: string): Locator {
    return this.overlay().getByRole('slider', { name: label, exact: true });
  }

  /** Opens the Export menu and clicks an item, returning the download it starts. */
  async download(item: string | RegExp) {
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('group', { name: 'Export' }).getByRole('button', { name: item, exact: typeof item === 'string' }).click(),
    ]);
    return download;
  }
}
