import { chromium } from 'playwright-core';
import { serveFolder } from './test/support/static-server';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const views = process.argv.slice(2);
const server = await serveFolder('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
for (const [w, h] of [[1280, 800], [1920, 1080]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  for (const v of views) {
    const [example, tab] = v.split(':');
    await page.goto(server.url + (example ? `?example=${example}` : ''));
    await page.waitForTimeout(1500);
    const intro = page.getByRole('button', { name: 'Got it' });
    if (await intro.count()) await intro.click();
    if (tab) { await page.getByRole('button', { name: tab, exact: true }).first().click(); await page.waitForTimeout(2500); }
    await page.screenshot({ path: `/work/wt/shots/lead/${w}-${example || 'base'}-${tab || 'Model'}.png` });
  }
  await ctx.close();
}
await browser.close(); await server.close();
