// A scenario shows only its own figures. Replays the defect as a new user met it: with CRM
// aggressive open, opening a library entry that has an invalid cell showed the previous
// scenario's 2030 ARR, marked "not current", and exports carried those figures under the entry's
// name. Now the entry shows its problem and an empty state; exports and the presentation wait.
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DashboardPage } from '../pages/dashboard-page';
import { GridPage } from '../pages/grid-page';
import { ScenariosPage } from '../pages/scenarios-page';
import { launchBrowser, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const BAD = 'Board draft (bad cell)';

/** The baseline with one cell out of range: trial-to-paid 2026 at 150 % (a rate is at most 100 %). */
async function badEntry(): Promise<string> {
  const scenario = JSON.parse(await readFile('scenarios/crm-baseline.json', 'utf8')) as { name: string; drivers: { trialToPaid: number[] } };
  scenario.name = BAD;
  scenario.drivers.trialToPaid[0] = 1.5;
  return JSON.stringify({ updatedAt: '2026-01-02T10:00:00.000Z', scenario });
}

it('a library entry with an invalid cell shows its problem and no figures, never the previous scenario\'s', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  const dash = new DashboardPage(page);
  await files.open();
  // The entry is in this browser's library, as a scenario saved mid-edit would be.
  await page.evaluate((text) => localStorage.setItem('trajectory:library:bad-entry', text), await badEntry());
  await files.open();
  await dash.view('Dashboard');
  const baselineArr = await dash.headline('ARR').innerText();

  await files.view('Scenarios');
  await page.getByRole('button', { name: 'Open CRM aggressive 2026-2030', exact: true }).click();
  await expect.poll(() => files.scenarioName.innerText()).toBe('CRM aggressive 2026-2030');
  await dash.view('Dashboard');
  const aggressiveArr = await dash.headline('ARR').innerText();
  expect(aggressiveArr).toMatch(/\d/);
  expect(aggressiveArr).not.toBe(baselineArr);

  await files.view('Scenarios');
  await page.getByRole('button', { name: `Open ${BAD}`, exact: true }).click();
  await expect.poll(() => files.scenarioName.innerText()).toBe(BAD);

  // The dashboard: an empty state naming the problem, and no figure of any scenario.
  await files.view('Dashboard');
  const empty = page.getByTestId('no-figures');
  await empty.waitFor();
  expect(await empty.innerText()).toMatch(new RegExp(`No figures yet for .${BAD.replace(/[()]/g, '\\$&')}.`));
  expect(await empty.innerText()).toMatch(/2026: .*/);
  expect(await page.locator('.kpi-headline').count()).toBe(0);
  for (const arr of [aggressiveArr, baselineArr]) expect(await page.locator('main').innerText()).not.toContain(arr);

  // The Model view: the grid with the problem listed, and the empty state beside it.
  await files.view('Model');
  expect(await page.locator('.grid-problems h3').innerText()).toMatch(/^1 problem to fix: no figures until they are fixed/);
  expect(await page.getByTestId('no-figures').innerText()).toMatch(/No figures yet/);
  expect(await page.locator('.kpi-table').count()).toBe(0);

  // Exports and the presentation say why they wait.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  expect(await page.getByTestId('export-wait').innerText()).toMatch(new RegExp(`^Exports wait until ".*" computes: fix its problem in the Model view\\. First: `));
  expect(await page.getByRole('button', { name: 'Monthly table (CSV)' }).count()).toBe(0);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await files.notice(/^Presenting waits until ".*" computes: fix its problem in the Model view\. First: /).waitFor();
  expect(await page.locator('.present').count()).toBe(0);

  // Fixing the cell (back to 20 %) brings the entry's own figures: the baseline's, since the
  // entry is the baseline with that one cell changed.
  await new GridPage(page).enter('Trial-to-paid 2026', '20');
  await expect.poll(() => page.getByTestId('no-figures').count()).toBe(0);
  await dash.view('Dashboard');
  expect(await dash.headline('ARR').innerText()).toBe(baselineArr);
  expect(errors).toEqual([]);
});
