import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { baseUrl } from '../support/browser';

/** The page model of scenario files: the File menu, the refused-file dialog, the library and share links. */
export class ScenariosPage {
  constructor(readonly page: Page) {}

  /** Opens the app at `address` (a query and/or a fragment) and waits for the shell. */
  async open(address = ''): Promise<void> {
    await this.page.goto(baseUrl() + address);
    await this.fileMenuButton.waitFor();
  }

  get fileMenuButton(): Locator { return this.page.getByRole('button', { name: 'File', exact: true }); }
  /** The scenario's name in the header. */
  get scenarioName(): Locator { return this.page.locator('.app-header .scenario-name'); }
  get dialog(): Locator { return this.page.getByRole('dialog'); }
  get notices(): Locator { return this.page.locator('.notices .notice'); }

  /** A notice whose text matches. */
  notice(text: string | RegExp): Locator { return this.notices.filter({ hasText: text }); }

  async menu(item: string): Promise<void> {
    await this.fileMenuButton.click();
    await this.page.getByRole('menuitem', { name: item, exact: true }).click();
  }

  /** Runs a File menu item that downloads, and returns the file's name and text. */
  async download(item = 'Download a copy'): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.menu(item)]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Opens a file through the File menu's file input, as the picker does. */
  async openFile(name: string, text: string): Promise<void> {
    await this.page.getByLabel('Open a scenario file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  /** Drops a file on the page as the operating system does: a drop event carrying a File. */
  async dropFile(name: string, text: string): Promise<void> {
    await this.page.evaluate(({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      const target = document.querySelector('main') ?? document.body;
      target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, { name, text });
  }

  /** The share link from the Share dialog (the dialog is closed afterwards). */
  async shareLink(): Promise<string> {
    await this.menu('Share link…');
    const link = await this.dialog.locator('textarea').inputValue();
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    return link;
  }

  /** The problems listed in the refused-file dialog. */
  async refusedProblems(): Promise<string[]> {
    await this.dialog.waitFor();
    return this.dialog.locator('.problem-list li').allInnerTexts();
  }

  async view(label: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: label }).click();
    // Views other than Model load on first use: wait until the view itself has rendered.
    await this.page.waitForFunction(() => document.querySelector('main .view-loading') === null && document.querySelector('main h2') !== null);
  }

  /** A row of the library page (user entries and examples), by scenario name. */
  libraryRow(name: string): Locator { return this.page.locator(`.library-table tr[data-entry="${name}"]`); }
  get libraryNames(): Locator { return this.page.locator('.library-table:not(.shipped-table) tbody th.entry-name'); }

  /** Waits until the autosave has written a scenario with this name. */
  async autosaved(name: string): Promise<void> {
    await this.page.waitForFunction((n) => (localStorage.getItem('trajectory:working') ?? '').includes(JSON.stringify(n)), name);
  }
}
