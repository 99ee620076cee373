import type { Page } from 'playwright-core';
import { PresentPage } from './present-page';

/** An element of a slide wider than its box: what it is and what it shows. */
export interface Clipped { tag: string; className: string; text: string; scrollWidth: number; clientWidth: number }

/** The presentation, seen as a room sees it: every slide, and whether anything on it is cut. */
export class SlidesPage extends PresentPage {
  constructor(page: Page) {
    super(page);
  }

  async toggleWhatIf(): Promise<void> {
    await this.overlay().getByRole('button', { name: 'What if…' }).click();
  }

  async next(): Promise<void> {
    await this.overlay().getByRole('button', { name: 'Next slide' }).click();
  }

  async first(): Promise<void> {
    while (!(await this.overlay().getByRole('button', { name: 'Previous slide' }).isDisabled())) {
      await this.overlay().getByRole('button', { name: 'Previous slide' }).click();
    }
  }

  slideId(): Promise<string | null> {
    return this.overlay().locator('.present-slide').getAttribute('data-slide');
  }

  /** Waits for the slide's chart, when it has one, to be drawn at its size. */
  async settled(): Promise<void> {
    const chart = this.overlay().locator('.slide-chart');
    if (await chart.count()) await chart.locator('svg[role="img"]').first().waitFor();
  }

  /** Every HTML element of the slide whose content is wider than its box, and a body taller than the slide. */
  clipped(): Promise<Clipped[]> {
    return this.overlay().locator('.present-slide').evaluate((slide) => {
      const out: Clipped[] = [];
      for (const el of [slide, ...slide.querySelectorAll('*')]) {
        // Text for screen readers only sits in a 1 px box on purpose: it is not shown, so not cut.
        if (!(el instanceof HTMLElement) || el.clientWidth <= 1) continue;
        if (el.scrollWidth > el.clientWidth + 1) out.push({ tag: el.tagName, className: el.className, text: el.innerText.slice(0, 60), scrollWidth: el.scrollWidth, clientWidth: el.clientWidth });
      }
      const body = slide.querySelector<HTMLElement>('.present-body')!;
      if (body.scrollHeight > body.clientHeight + 1) out.push({ tag: 'BODY-HEIGHT', className: 'present-body', text: body.innerText.slice(0, 60), scrollWidth: body.scrollHeight, clientWidth: body.clientHeight });
      return out;
    });
  }
}
