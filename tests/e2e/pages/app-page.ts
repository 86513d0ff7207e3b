// Page model of the app shell: header (name, version, SOP name, save status), the command bar,
// editor tabs, dialogs and notices.

import type { Locator, Page } from '@playwright/test';

export type EditorTab = 'grid' | 'identity' | 'preview';

export class AppPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.title.waitFor();
  }

  get title(): Locator {
    return this.page.getByTestId('app-title');
  }

  get version(): Locator {
    return this.page.getByTestId('app-version');
  }

  get sopName(): Locator {
    return this.page.getByTestId('sop-name');
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  /** Waits until autosave has written the draft (the indicator says Tersimpan). */
  async waitSaved(): Promise<void> {
    await this.page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
  }

  command(name: string): Locator {
    return this.page.getByRole('toolbar', { name: 'Pustaka SOP' }).getByRole('button', {
      name,
      exact: true,
    });
  }

  async tab(name: EditorTab): Promise<void> {
    await this.page.getByTestId(`tab-${name}`).click();
  }

  get notices(): Locator {
    return this.page.getByTestId('notice');
  }

  /** The progress bar of a long job (a book, a workbook, an import) with its Batal button. */
  get progress(): Locator {
    return this.page.getByTestId('job-progress');
  }

  /** Simpan: a revision with a note. */
  async saveRevision(note: string): Promise<void> {
    await this.command('Simpan').click();
    const dialog = this.page.getByTestId('revision-dialog');
    await dialog.getByTestId('revision-note').fill(note);
    await dialog.getByTestId('revision-submit').click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Sahkan: the draft becomes the approved revision, with a note. */
  async approve(note: string): Promise<void> {
    await this.command('Sahkan').click();
    const dialog = this.page.getByTestId('revision-dialog');
    await dialog.getByTestId('revision-note').fill(note);
    await dialog.getByTestId('revision-submit').click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Ekspor PDF; returns the path of the downloaded file. */
  async exportPdf(saveAs: string): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.command('Ekspor PDF').click();
    const file = await download;
    await file.saveAs(saveAs);
    return saveAs;
  }

  /** The editor's command bar (one line, Lainnya for what does not fit). */
  get commandBar(): Locator {
    return this.page.getByTestId('command-bar');
  }

  /** The Periksa button of the tabs bar, pressed while the panel is open. */
  get checksToggle(): Locator {
    return this.page.getByTestId('toggle-checks');
  }

  get previewBeside(): Locator {
    return this.page.getByTestId('preview-beside');
  }

  /** The Pustaka SOP link of the editor's header. */
  get libraryLink(): Locator {
    return this.page.getByTestId('header-library');
  }

  headerButton(name: string): Locator {
    return this.page.getByRole('navigation').getByRole('button', { name, exact: true });
  }
}
