// Scenario files: save then open, drop, and every kind of refused file (invalid, newer, not JSON),
// each leaving the open scenario untouched. Figures are MODEL.md's worked check or hand arithmetic.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseScenario } from '../../src/model/parse-scenario';
import { AppPage } from '../pages/app-page';
import { ScenariosPage } from '../pages/scenarios-page';
import { launchBrowser, trackedPage } from '../support/browser';

type Doc = { name: string; schemaVersion: number; drivers: Record<string, unknown[]>; plans: { price: unknown[] }[] };
const baseline = (): Doc => JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')) as Doc;
const aggressiveText = readFileSync('scenarios/crm-aggressive.json', 'utf8');

/** The baseline with a $10 visitor cost in 2026: $16,666.67 / 10 = 1,666.67 visitors x 6 % x 20 % = 20 new, CAC $833.33. */
function dearVisitors(): string {
  const doc = baseline();
  doc.name = 'Dear visitors';
  doc.drivers.visitorAcquisitionCost![0] = 10;
  return JSON.stringify(doc, null, 2);
}

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('saves a file that opens back to the same scenario', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  const app = new AppPage(page);
  await files.open('?example=crm-aggressive');
  await expect.poll(() => files.scenarioName.innerText()).toBe('CRM aggressive 2026-2030');
  const cac2030 = await app.overviewValue('CAC (paid)', 'last-year');

  const saved = await files.download('Save');
  expect(saved.name).toBe('crm-aggressive-2026-2030.json');
  expect(saved.text.startsWith('{\n  "schemaVersion": 2,\n  "name": "CRM aggressive 2026-2030",\n')).toBe(true);
  expect(saved.text).toContain('"marketingBudget": [300000, "=prev * 2", "=prev * 2", "=prev * 1.75", "=prev * 1.5"]');
  const original = parseScenario(JSON.parse(aggressiveText));
  const reread = parseScenario(JSON.parse(saved.text));
  expect(reread.ok && original.ok && reread.scenario).toEqual(original.ok && original.scenario);

  // Open something else, then the saved file: the same scenario and the same figures come back.
  await files.openFile('dear.json', dearVisitors());
  await expect.poll(() => files.scenarioName.innerText()).toBe('Dear visitors');
  await files.openFile(saved.name, saved.text);
  await expect.poll(() => files.scenarioName.innerText()).toBe('CRM aggressive 2026-2030');
  expect(await app.overviewValue('CAC (paid)', 'last-year')).toBe(cac2030);
  expect(errors).toEqual([]);
});

it('opens a file dropped on the page', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  const app = new AppPage(page);
  await files.open();
  expect(await app.overviewValue('CAC (paid)', 'month0')).toBe('$666.67');
  await files.dropFile('dear.json', dearVisitors());
  await expect.poll(() => files.scenarioName.innerText()).toBe('Dear visitors');
  expect(await app.overviewValue('CAC (paid)', 'month0')).toBe('$833.33');
  // ARPU does not depend on the visitor cost: still MODEL.md's $78.00.
  expect(await app.overviewValue('Blended ARPU', 'month0')).toBe('$78.00');
  await expect.poll(() => files.notice('Opened "dear.json"').count()).toBe(1);
  expect(errors).toEqual([]);
});

const refusals: [string, string, string, RegExp[]][] = [
  ['an invalid file lists every problem', 'broken.json', (() => {
    const doc = baseline();
    doc.plans[2]!.price[3] = -5;
    doc.drivers.visitorToTrial![1] = 1.5;
    return JSON.stringify(doc);
  })(), [/^Visitor-to-trial, 2027: must be between 0 % and 100 %/, /^Pro plan, price, 2029: must not be negative$/]],
  ['a newer schema version is refused as such', 'future.json', JSON.stringify({ ...baseline(), schemaVersion: 3 }), [/^schemaVersion: is 3: this file was saved by a newer version of Trajectory/]],
  ['a file that is not JSON', 'notes.json', 'name: my plan\nprice: 50', [/^file: is not valid JSON/]],
];

for (const [title, name, text, expected] of refusals) {
  it(`refuses a file: ${title}, and changes nothing`, async () => {
    const { page, errors } = await trackedPage(browser);
    const files = new ScenariosPage(page);
    const app = new AppPage(page);
    await files.open('?example=crm-aggressive');
    const before = await app.overviewValue('CAC (paid)', 'last-year');
    await files.openFile(name, text);
    const problems = await files.refusedProblems();
    expect(await files.dialog.getByRole('heading').innerText()).toBe(`Could not open ${name}`);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(problems[i]).toMatch(re));
    await page.keyboard.press('Escape');
    await files.dialog.waitFor({ state: 'hidden' });
    expect(await files.scenarioName.innerText()).toBe('CRM aggressive 2026-2030');
    expect(await app.overviewValue('CAC (paid)', 'last-year')).toBe(before);
    expect(errors).toEqual([]);
  });
}
