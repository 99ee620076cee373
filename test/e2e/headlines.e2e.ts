// Honest headlines: a CAC payback or LTV/CAC card or slide says it uses paid CAC, and shows the
// fully loaded figure beside it (MODEL.md: paid CAC = marketing / new customers; fully loaded adds
// the S&M overhead, so its payback is longer and its LTV/CAC lower).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DashboardPage } from '../pages/dashboard-page';
import { SlidesPage } from '../pages/slides-page';
import { launchBrowser, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const number = (text: string) => Number(/fully loaded: ([\d.,]+)/.exec(text)![1]!.replace(/,/g, ''));

it('says which CAC the payback and LTV/CAC cards use, with the fully loaded figure one glance away', async () => {
  const { page, errors } = await trackedPage(browser);
  const dash = new DashboardPage(page);
  await dash.open();
  const payback = dash.card('CAC payback');
  const paid = Number(await dash.headline('CAC payback').getAttribute('data-value'));
  const note = await payback.locator('.kpi-note').innerText();
  expect(note).toMatch(/^Paid CAC · fully loaded: [\d.]+ mo$/);
  // The baseline's 2030: S&M overhead of $45K a month on top of $125K of marketing a month makes
  // fully loaded CAC (125 + 45) / 125 = 1.36 times paid CAC, so the payback 1.36 times longer.
  expect(number(note) / paid).toBeCloseTo(1.36, 1);
  const ltv = await dash.card('LTV/CAC').locator('.kpi-note').innerText();
  expect(ltv).toMatch(/^Paid CAC · fully loaded: [\d.]+x$/);
  const ltvPaid = Number(await dash.headline('LTV/CAC').getAttribute('data-value'));
  expect(ltvPaid / number(ltv)).toBeCloseTo(1.36, 1);

  // The first slide says the same under its CAC payback.
  const slides = new SlidesPage(page);
  await slides.start();
  expect(await page.getByTestId('cacPaybackMonths-detail').innerText()).toBe(note);
  expect(errors).toEqual([]);
});
