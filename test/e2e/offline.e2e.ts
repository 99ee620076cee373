// Installable and offline (issue 21): after one visit the app loads and computes with the network
// off, served from a sub-folder; its manifest names the app, its icons and the file handler.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GridPage } from '../pages/grid-page';
import { SensitivityPage } from '../pages/sensitivity-page';
import { APP_FOLDER, copyOfBuild } from '../support/app-copies';
import { launchBrowser, trackedPage } from '../support/browser';
import { serveFolder, type StaticServer } from '../support/static-server';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** A context where service workers run (the other browser tests keep them off). */
async function swContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
  // The Content-Security-Policy stays in force with the service worker: anything it blocks is recorded.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => { seen.push(`${e.violatedDirective} ${e.blockedURI}`); });
  });
  return context;
}
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Waits until the service worker has precached the app and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

it('after one visit, loads and computes with the network off', async () => {
  const server: StaticServer = await serveFolder(copyOfBuild());
  const context = await swContext();
  const { page, errors } = await trackedPage(context);
  const grid = new GridPage(page);
  await page.goto(server.url + APP_FOLDER);
  await grid.grid().waitFor();
  await controlled(page);

  // No network at all: the server is gone and the browser is offline.
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await grid.grid().waitFor();
  // MODEL.md's worked check: month-0 MRR 1,950 / 25 customers = $78.00.
  expect(await grid.overviewValue('Blended ARPU', 'month0')).toBe('$78.00');
  expect(await grid.overviewValue('CAC (paid)', 'month0')).toBe('$666.67');
  // The projection still moves (MODEL.md's funnel by hand): $16,666.67 of January marketing at
  // $10 a visitor (was $8) = 1,666.67 visitors x 6 % = 100 trials x 20 % = 20 new customers;
  // cac = 16,666.67 / 20 = $833.33.
  await grid.enter('Visitor acquisition cost 2026', '10');
  await expect.poll(() => grid.overviewValue('CAC (paid)', 'month0')).toBe('$833.33');

  // A lazy view and the Monte Carlo worker come from the cache too.
  const sensitivity = new SensitivityPage(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sensitivity' }).click();
  await page.getByRole('tab', { name: 'Monte Carlo' }).click();
  await page.getByRole('button', { name: 'Add typical ranges' }).click();
  await sensitivity.runMonteCarlo(500, 3);
  const summary = await sensitivity.summary(3);
  expect(await summary.getAttribute('data-via')).toBe('worker');
  // The page the service worker served carries the same policy, and nothing broke it.
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("worker-src 'self' blob:");
  expect(await cspViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

it('links a valid manifest: name, start URL, icons of the declared sizes, a .json file handler', async () => {
  const server = await serveFolder(copyOfBuild());
  const context = await swContext();
  const { page, errors } = await trackedPage(context);
  await page.goto(server.url + APP_FOLDER);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
    const response = await fetch(link.href);
    const data = (await response.json()) as {
      name: string; short_name: string; start_url: string; scope: string; display: string; theme_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
      file_handlers: { action: string; accept: Record<string, string[]> }[];
    };
    // Each icon loads, at the size the manifest says (URLs resolve against the manifest's).
    const icons = await Promise.all(data.icons.map(async (icon) => {
      const img = new Image();
      img.src = new URL(icon.src, link.href).href;
      await img.decode();
      return { sizes: icon.sizes, purpose: icon.purpose ?? 'any', type: icon.type, loaded: `${img.naturalWidth}x${img.naturalHeight}` };
    }));
    return { ...data, icons, contentType: response.headers.get('content-type'), startUrl: new URL(data.start_url, link.href).href, action: new URL(data.file_handlers[0]!.action, link.href).href };
  });
  expect(manifest.name).toBe('Trajectory: SaaS financial model');
  expect(manifest.short_name).toBe('Trajectory');
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  // The app's own folder, wherever it is served from.
  expect(manifest.startUrl).toBe(server.url + APP_FOLDER);
  expect(manifest.action).toBe(server.url + APP_FOLDER);
  expect(manifest.file_handlers[0]!.accept).toEqual({ 'application/json': ['.json'] });
  const pngs = manifest.icons.filter((i) => i.type === 'image/png');
  for (const icon of pngs) expect(icon.loaded).toBe(icon.sizes);
  expect(pngs.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  // iOS reads its icon from the page, not the manifest.
  const apple = await page.evaluate(async () => {
    const img = new Image();
    img.src = document.querySelector<HTMLLinkElement>('link[rel="apple-touch-icon"]')!.href;
    await img.decode();
    return `${img.naturalWidth}x${img.naturalHeight}`;
  });
  expect(apple).toBe('180x180');
  expect(errors).toEqual([]);
  await context.close();
  await server.close();
});
