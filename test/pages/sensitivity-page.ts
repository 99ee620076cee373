import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

/** The page model of the Sensitivity view: its three tabs and their controls. */
export class SensitivityPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** Opens the app (optionally with `?query`) and goes to Sensitivity, on a given tab. */
  async openTab(tab: 'Tornado' | 'Goal seek' | 'Monte Carlo', query = ''): Promise<void> {
    await this.open(query);
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sensitivity' }).click();
    await this.page.getByRole('tab', { name: tab }).click();
  }

  /** The tornado's bars, top (largest) first: each is a button named by its input. */
  tornadoBars(): Locator {
    return this.page.getByTestId('chart-tornado').locator('[role="button"]');
  }

  async barLabels(): Promise<string[]> {
    return this.tornadoBars().evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label') ?? ''));
  }

  /** Fills the goal seek form with a custom goal: output, year, direction, value; input and its year. */
  async seek(goal: { output: string; year: string; kind: 'at least' | 'at most' | 'exactly'; value: string }, input: { row: string; year: string }): Promise<Locator> {
    const p = this.page;
    const goalBox = p.getByRole('group', { name: 'Goal' });
    const inputBox = p.getByRole('group', { name: 'By changing' });
    await goalBox.getByLabel('Reach').selectOption({ label: 'Another output…' });
    await goalBox.getByLabel('Output', { exact: true }).selectOption({ label: goal.output });
    await goalBox.getByLabel('Year', { exact: true }).selectOption({ label: goal.year });
    await goalBox.getByLabel('Should be').selectOption({ label: goal.kind });
    await goalBox.getByLabel(/^Value/).fill(goal.value);
    await inputBox.getByLabel('Input', { exact: true }).selectOption({ label: input.row });
    await inputBox.getByLabel('Year', { exact: true }).selectOption({ label: input.year });
    await p.getByRole('button', { name: 'Solve' }).click();
    return p.getByTestId('goal-seek-result');
  }

  /** Sets runs and seed and starts Monte Carlo runs. */
  async runMonteCarlo(runs: number, seed: number): Promise<void> {
    await this.page.getByLabel('Runs', { exact: true }).fill(String(runs));
    await this.page.getByLabel('Seed').fill(String(seed));
    await this.page.getByRole('button', { name: 'Run', exact: true }).click();
  }

  /** The summary line of finished runs for a given seed (waits for it). */
  async summary(seed: number): Promise<Locator> {
    const s = this.page.locator(`[data-testid="mc-summary"]:has-text("seed ${seed},")`);
    await s.waitFor({ timeout: 60_000 });
    return s;
  }

  /** The text a screen reader gets for a fan chart: its percentiles in the last month or year. */
  async fanDescription(key: string): Promise<string> {
    return (await this.page.getByTestId(`fan-${key}`).locator('desc').textContent()) ?? '';
  }
}
