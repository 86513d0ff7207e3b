// Entry point of the PDF import (docs/format.md §4.2, §7.2): opens the PDF within the limits,
// refuses what cannot be imported (not a PDF, encrypted, damaged, too many pages, JavaScript,
// scanned), imports a PDF made by this app from its attached source, and reads the pages of any
// other and recognises the SOPs on them. Nothing is stored; the result goes to the review.

import type { ImportResult } from '../../../shared/import';
import { readAttachedSources } from './attached-source';
import { timeBudget, type Budget } from './budget';
import { pdfjsFailure } from './errors';
import { openPdf } from './open';
import { readPdfPages, readProducer } from './read';
import { recognisePages } from './recognise';
import { refuseScanned } from './scanned';
import { refuseScripts } from './scripts';

/** Progress of the import: `done` of `total` pages read. */
export type ImportProgress = (done: number, total: number) => void;

export async function importPdf(
  bytes: Uint8Array,
  onProgress: ImportProgress = () => {},
): Promise<ImportResult> {
  try {
    return await readPdf(bytes, onProgress, timeBudget());
  } catch (error) {
    throw pdfjsFailure(error);
  }
}

async function readPdf(
  bytes: Uint8Array,
  onProgress: ImportProgress,
  budget: Budget,
): Promise<ImportResult> {
  const pdf = await openPdf(bytes);
  try {
    onProgress(0, pdf.numPages);
    await refuseScripts(pdf);
    const attached = await readAttachedSources(pdf);
    if (attached.sops.length > 0) {
      onProgress(pdf.numPages, pdf.numPages);
      return { sops: attached.sops, notes: attached.notes };
    }
    await refuseScanned(pdf, budget);
    const pages = await readPdfPages(pdf, (done, total) => {
      budget.check(done);
      onProgress(done, total);
    });
    const recognised = recognisePages(pages, await readProducer(pdf));
    return { ...recognised, notes: [...attached.notes, ...recognised.notes] };
  } finally {
    await pdf.destroy();
  }
}
