import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

/** Starts Debian's Chromium (never a downloaded browser); `extraArgs` e.g. `--js-flags=--expose-gc`. */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(EXECUTABLE)) throw new Error(`Chromium not found at ${EXECUTABLE}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: EXECUTABLE, args: [...ARGS, ...extraArgs], headless: true });
}

/** Launches a persistent-profile Chromium, for tests that reload with the same storage. */
export async function launchPersistent(): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'trajectory-profile-'));
  return chromium.launchPersistentContext(dir, { executablePath: EXECUTABLE, args: ARGS, headless: true, viewport: { width: 1280, height: 800 } });
}

export const baseUrl = (): string => inject('baseUrl');

export interface TrackedPage {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/** A page that records every console error and uncaught exception, so tests can fail on them. */
export async function trackedPage(context: Browser | BrowserContext, viewport = { width: 1280, height: 800 }): Promise<TrackedPage> {
  const page = 'newContext' in context ? await (await context.newContext({ viewport })).newPage() : await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return { page, errors };
}

/** Waits until the page has drawn a frame after everything already queued (React commits before it). */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}
