import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PresentPage } from '../pages/present-page';
import { launchBrowser, trackedPage } from '../support/browser';

const OUT = 'test-results/present';
const FULL_HD = { width: 1920, height: 1080 };
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); mkdirSync(OUT, { recursive: true }); });
afterAll(async () => { await browser?.close(); });

it('moves through the slides by keyboard and buttons, with large figures, and Escape leaves', async () => {
  const { page, errors } = await trackedPage(browser, FULL_HD);
  const app = new PresentPage(page);
  await app.open();
  await app.start();
  expect(await app.counter().innerText()).toBe('1 / 6');
  expect(await app.title().innerText()).toBe('Headline KPIs against the 2030 targets');
  // Read from the back of the room: the headline numbers are at least 48 px at 1920 x 1080.
  const size = await app.figure('arr').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(48);
  const box = (await app.overlay().boundingBox())!;
  expect(box).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080 });

  const expectSlide = async (counter: string, title: string) => {
    expect(await app.counter().innerText()).toBe(counter);
    expect(await app.title().innerText()).toBe(title);
  };
  await page.keyboard.press('ArrowRight');
  await expectSlide('2 / 6', 'MRR growth by plan');
  await app.overlay().getByTestId('chart-mrr').locator('svg[role="img"]').waitFor();
  await page.keyboard.press('PageDown');
  await expectSlide('3 / 6', 'The MRR bridge');
  await page.keyboard.press('End');
  await expectSlide('6 / 6', 'Cash and runway');
  await page.keyboard.press('ArrowRight');
  await expectSlide('6 / 6', 'Cash and runway');
  await page.keyboard.press('PageUp');
  await expectSlide('5 / 6', 'Margins and net revenue retention');
  await page.keyboard.press('ArrowLeft');
  await expectSlide('4 / 6', 'Unit economics: ARPU, CAC and payback');
  await page.keyboard.press('Home');
  await expectSlide('1 / 6', 'Headline KPIs against the 2030 targets');
  await app.overlay().getByRole('button', { name: 'Next slide' }).click();
  await expectSlide('2 / 6', 'MRR growth by plan');
  await app.overlay().getByRole('button', { name: 'Previous slide' }).click();
  await expectSlide('1 / 6', 'Headline KPIs against the 2030 targets');
  // A chart on a slide takes the slide's room, not the dashboard's fixed size.
  await page.keyboard.press('End');
  const plot = (await app.overlay().getByTestId('chart-cash').locator('svg[role="img"]').boundingBox())!;
  expect(plot.width).toBeGreaterThan(1600);
  expect(plot.height).toBeGreaterThan(450);

  await page.keyboard.press('Escape');
  await app.overlay().waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
});

it('a what-if slider in the presentation changes the slide figures at once', async () => {
  const { page, errors } = await trackedPage(browser, FULL_HD);
  const app = new PresentPage(page);
  await app.open();
  await app.start();
  const arrBefore = await app.figureValue('arr');
  await app.overlay().getByRole('button', { name: 'What if…' }).click();
  const slider = app.slider('Starter churn');
  await slider.focus();
  // Arrow keys on the slider move the slider, not the slides: 20 steps of 0.05 points = 1 point.
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
  expect(await app.counter().innerText()).toBe('1 / 6');
  expect(Number(await slider.inputValue())).toBeCloseTo(0.03, 6);
  const arrAfter = await app.figureValue('arr');
  expect(arrAfter).toBeGreaterThan(arrBefore);
  expect(await app.figure('arr').innerText()).not.toBe('');
  // The next slides follow the same scenario.
  await app.overlay().getByRole('button', { name: 'Next slide' }).click();
  expect(await app.figureValue('arr')).toBe(arrAfter);
  expect(errors).toEqual([]);
});

it('shows the comparison as a seventh slide when one is active', async () => {
  const { page, errors } = await trackedPage(browser, FULL_HD);
  const app = new PresentPage(page);
  await app.open();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare', exact: true }).click();
  const picker = page.locator('.compare-picker select');
  const option = await picker.locator('option', { hasText: 'aggressive' }).first().getAttribute('value');
  await picker.selectOption(option!);
  await app.start();
  await page.keyboard.press('End');
  expect(await app.counter().innerText()).toBe('7 / 7');
  expect(await app.title().innerText()).toMatch(/^Compared with Example: /);
  await app.overlay().getByTestId('chart-mrr').locator('svg[role="img"]').waitFor();
  expect(await app.overlay().locator('.big-figure[data-figure="arr"] .big-sub').innerText()).toMatch(/^Example: .*: \$/);
  expect(errors).toEqual([]);
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

it('follows the light, dark and high-contrast themes, text at 4.5:1 or more (screenshots in test-results/present)', async () => {
  const { page, errors } = await trackedPage(browser, FULL_HD);
  const app = new PresentPage(page);
  await app.open();
  const fills = new Set<string>();
  for (const theme of ['light', 'dark', 'contrast'] as const) {
    await app.setTheme(theme);
    await app.start();
    await page.screenshot({ path: `${OUT}/kpis-${theme}.png` });
    await page.keyboard.press('ArrowRight');
    const plot = app.overlay().getByTestId('chart-mrr').locator('svg[role="img"]');
    await plot.waitFor();
    await page.screenshot({ path: `${OUT}/mrr-${theme}.png` });
    const colours = await page.evaluate(() => {
      const read = (sel: string) => { const el = document.querySelector(sel)!; const s = getComputedStyle(el); return { color: s.color, bg: s.backgroundColor }; };
      const overlay = read('.present');
      return {
        bg: overlay.bg,
        title: read('.present-head h2').color,
        muted: read('.present-scenario').color,
        legend: read('.present .chart-legend').color,
        tick: getComputedStyle(document.querySelector('.present .chart-tick')!).fill,
        series: getComputedStyle(document.querySelector('.present [data-testid="chart-mrr"] svg[role="img"] path')!).fill,
      };
    });
    for (const text of [colours.title, colours.muted, colours.legend, colours.tick]) expect(contrast(text, colours.bg), `${theme}: ${text} on ${colours.bg}`).toBeGreaterThanOrEqual(4.5);
    fills.add(`${colours.bg} ${colours.series}`);
    await page.keyboard.press('Escape');
    await app.overlay().waitFor({ state: 'detached' });
  }
  // Each theme draws the chart in its own colours.
  expect(fills.size).toBe(3);
  expect(errors).toEqual([]);
});
