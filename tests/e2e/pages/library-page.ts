// Page model of the library screen (Pustaka SOP): empty state, new, list, search, bin.

import type { Locator, Page } from '@playwright/test';
import { NewSopPage } from './new-sop-page';

export class LibraryPage {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('library');
  }

  get emptyState(): Locator {
    return this.page.getByTestId('library-empty');
  }

  /** SOP baru dari profil instansi, with the given roles ticked in order as executor columns. */
  async newFromProfile(roles: string[] = []): Promise<void> {
    await this.root.getByTestId('new-sop').click();
    const dialog = new NewSopPage(this.page);
    await dialog.tick(...roles);
    await dialog.create();
  }

  async openSample(): Promise<void> {
    await this.page.getByTestId('open-sample').click();
  }

  /** Impor PDF of a file (the library's own file input, as the button opens it). */
  async importPdf(file: string): Promise<void> {
    await this.root.getByTestId('import-pdf-input').first().setInputFiles(file);
  }

  /** The import review (Excel and PDF). */
  get importReview(): Locator {
    return this.page.getByTestId('excel-import');
  }

  /** The review's warning lines inside `scope` (an SOP of the review, or all of it), in order. */
  async reviewWarnings(scope: Locator): Promise<{ kind: string | null; text: string }[]> {
    const lines = scope.getByTestId('import-warning');
    return lines.evaluateAll((items) =>
      items.map((item) => ({ kind: item.getAttribute('data-kind'), text: item.textContent ?? '' })),
    );
  }

  /** Impor of the review, which stays in view while the list scrolls. */
  get importSubmit(): Locator {
    return this.importReview.getByTestId('excel-import-submit');
  }

  /** Buku SOP (PDF) or Excel untuk Biro of the listed SOPs. */
  async exportListed(kind: 'book' | 'bureau'): Promise<void> {
    await this.page.getByTestId(kind === 'book' ? 'export-book' : 'export-bureau').click();
  }

  get rows(): Locator {
    return this.page.getByTestId('sop-row');
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('library-search').fill(text);
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }

  async open(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: 'Buka', exact: true }).click();
  }

  async rowAction(name: string, action: string): Promise<void> {
    await this.row(name).getByRole('button', { name: action, exact: true }).click();
  }

  async showBin(): Promise<void> {
    await this.page.getByTestId('show-bin').click();
  }

  get binRows(): Locator {
    return this.page.getByTestId('bin-row');
  }
}
