// The states of the app that the audits (contrast, keyboard) visit: each the query to open with
// and the steps that bring it on screen, ready to be read once they return.
import type { Page } from 'playwright-core';

export interface AppState {
  query?: string;
  reach: (page: Page) => Promise<void>;
}

const ACTUALS = '?example=crm-actuals-2026';

const view = (page: Page, name: string) => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();

export const APP_STATES = {
  Model: { reach: async (page) => { await page.getByRole('grid', { name: 'Assumptions by year' }).waitFor(); } },
  'Model view with a problem and a value to check': {
    reach: async (page) => {
      await page.getByRole('gridcell', { name: 'Visitor acquisition cost 2026', exact: true }).click();
      await page.keyboard.type('5000');
      await page.keyboard.press('Enter');
      await page.getByRole('gridcell', { name: 'Trial-to-paid 2028', exact: true }).click();
      await page.keyboard.type('=foo(');
      await page.keyboard.press('Enter');
      await page.locator('.grid-problems').waitFor();
    },
  },
  'Dashboard with the what-if sliders': {
    reach: async (page) => {
      await view(page, 'Dashboard');
      await page.getByRole('button', { name: 'What if…' }).click();
      await page.locator('.kpi-grid').waitFor();
    },
  },
  'Actuals, entering': { query: ACTUALS, reach: async (page) => { await view(page, 'Actuals'); await page.getByRole('tab', { name: 'Enter and import' }).waitFor(); } },
  'Actuals, a refused value beside its cell': {
    query: ACTUALS,
    reach: async (page) => {
      await view(page, 'Actuals');
      await page.getByRole('gridcell', { name: 'Visitors Feb 2026', exact: true }).click();
      await page.keyboard.type('abc');
      await page.keyboard.press('Enter');
      await page.locator('.cell-editor-error').waitFor();
    },
  },
  'Actuals, plan vs actual': {
    query: ACTUALS,
    reach: async (page) => {
      await view(page, 'Actuals');
      await page.getByRole('tab', { name: 'Plan vs actual' }).click();
      await page.getByRole('button', { name: 'Year to date' }).waitFor();
    },
  },
  'Actuals, an import to confirm': {
    query: ACTUALS,
    reach: async (page) => {
      await view(page, 'Actuals');
      await page.getByLabel('Actuals file to import').setInputFiles('scenarios/crm-actuals-2026.csv');
      await page.getByRole('dialog').waitFor();
    },
  },
  Scenarios: { reach: async (page) => { await view(page, 'Scenarios'); await page.getByRole('heading', { name: 'Your library' }).waitFor(); } },
  'Compare with a file': {
    reach: async (page) => {
      await view(page, 'Compare');
      await page.getByLabel('Compare with a scenario file').setInputFiles('scenarios/crm-aggressive.json');
      await page.getByRole('heading', { name: 'Annual figures' }).waitFor();
    },
  },
  Sensitivity: { reach: async (page) => { await view(page, 'Sensitivity'); await page.locator('.tornado-bar').first().waitFor(); } },
  Guide: { reach: async (page) => { await view(page, 'Guide'); await page.getByRole('heading', { name: 'The key figures' }).waitFor(); } },
  'Slides with the what-if sliders': {
    reach: async (page) => {
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      await page.getByRole('button', { name: 'What if…' }).click();
      await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
    },
  },
} satisfies Record<string, AppState>;

export type AppStateName = keyof typeof APP_STATES;
