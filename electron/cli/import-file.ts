// A file to import, chosen by what it holds rather than by its name: a PDF starts with %PDF-, a
// workbook is a zip. A file named .pdf that holds neither goes to the PDF importer, which says it
// is not a PDF; anything else goes to the workbook importer, which says what it is not.

import type { ImportResult } from '../../shared/import';
import { MAX_PDF_BYTES, MAX_WORKBOOK_BYTES } from '../../shared/limits';
import { importPdf } from '../services/pdf-import/import';
import { looksLikePdf } from '../services/pdf-import/open';
import { importWorkbook } from '../services/xlsx-import/import';
import { readImportFile } from './files';

export async function importFile(file: string): Promise<ImportResult> {
  const bytes = await readImportFile(file, {
    kind: 'impor',
    pick: '.xlsx atau .pdf',
    limit: Math.max(MAX_PDF_BYTES, MAX_WORKBOOK_BYTES),
  });
  if (looksLikePdf(bytes) || (/\.pdf$/i.test(file) && !isZip(bytes))) return importPdf(bytes);
  return importWorkbook(bytes);
}

/** Whether a file ends in .xlsx or .pdf: the files `sop library import` imports as SOP sources. */
export function isImportFileName(file: string): boolean {
  return /\.(xlsx|pdf)$/i.test(file);
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}
