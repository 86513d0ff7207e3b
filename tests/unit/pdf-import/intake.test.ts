// The intake's pure parts: a PDF by its %PDF- mark, the time budget between pages, and the file
// names of the sources a PDF carries.

import { describe, expect, it } from 'vitest';
import { timeBudget } from '../../../electron/services/pdf-import/budget';
import { looksLikePdf } from '../../../electron/services/pdf-import/open';
import { numberedSopFileName, sopSlug } from '../../../shared/model';
import { SopError } from '../../../shared/errors';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('looksLikePdf', () => {
  it('finds the mark at the start or after a little junk, not in other files', () => {
    expect(looksLikePdf(bytes('%PDF-1.7\n…'))).toBe(true);
    expect(looksLikePdf(bytes(`${' '.repeat(100)}%PDF-1.4`))).toBe(true);
    expect(looksLikePdf(bytes(`${' '.repeat(2000)}%PDF-1.4`))).toBe(false);
    expect(looksLikePdf(bytes('PK\u0003\u0004'))).toBe(false);
    expect(looksLikePdf(new Uint8Array())).toBe(false);
  });
});

describe('timeBudget', () => {
  it('lets pages pass within the seconds and stops the page past them with a message', () => {
    let now = 0;
    const budget = timeBudget(60, () => now);
    now = 59_000;
    expect(() => budget.check(4)).not.toThrow();
    now = 60_001;
    let error: unknown = null;
    try {
      budget.check(5);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(SopError);
    expect((error as SopError).message).toMatch(/halaman 5 belum selesai setelah 60 detik/);
  });
});

describe('source file names', () => {
  it('are the SOP name as a slug, numbered in a book', () => {
    expect(sopSlug('Pembinaan KELANA (Kecamatan Layak Anak)')).toBe(
      'pembinaan-kelana-kecamatan-layak-anak',
    );
    expect(sopSlug('***')).toBe('sop');
    expect(numberedSopFileName(1, 'Jambore IMP')).toBe('02-jambore-imp.sop.json');
  });
});
