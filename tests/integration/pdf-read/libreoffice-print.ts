// PDFs printed by LibreOffice from workbooks, for the PDF importer's tests: the workbooks printed
// in one LibreOffice run, each PDF imported as a user's would be, and what such a print cannot
// carry left out of the comparison (docs/format.md §9.7).

import { withoutTypedDashes } from './print-losses';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importPdf } from '../../../electron/services/pdf-import/import';
import type { ImportResult } from '../../../shared/import';
import { groupNip, type Identity } from '../../../shared/model';
import { printWorkbooks } from '../xlsx-export/libreoffice';

/** Prints `workbooks` (file name → bytes) with LibreOffice and imports every PDF by its name. */
export async function importPrinted(
  workbooks: ReadonlyMap<string, Uint8Array>,
): Promise<Map<string, ImportResult>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pdf-lo-'));
  try {
    const printed = printWorkbooks(workbooks, dir);
    const results = new Map<string, ImportResult>();
    for (const [name, pdf] of printed) {
      results.set(name, await importPdf(new Uint8Array(readFileSync(pdf))));
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The identity as a print carries it: no logo's bytes (a picture), the NIP as printed, a typed `-` empty. */
export function printedIdentity(identity: Identity): Identity {
  return {
    ...withoutTypedDashes(identity),
    logo: null,
    approvedBy: { ...identity.approvedBy, nip: groupNip(identity.approvedBy.nip) },
  };
}
