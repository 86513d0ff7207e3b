// Channel of the PDF import: the bytes of a PDF (from desktop:openPdf or a browser file input) in,
// every SOP found with its import report out, for the user to review before the SOPs enter the
// library. A PDF made by this app imports from its attached source.

import { z } from 'zod';
import type { ImportResult } from '../../import';
import { formatBytes, MAX_PDF_BYTES } from '../../limits';
import { channel } from '../define';
import { jobIdSchema } from './job';

const pdfBytes = z
  .instanceof(Uint8Array)
  .refine(
    (bytes) => bytes.length <= MAX_PDF_BYTES,
    `berkas lebih dari ${formatBytes(MAX_PDF_BYTES)}`,
  );

export const pdfImportChannels = {
  /** Reads every SOP of a PDF; nothing is stored. */
  'pdf:import': channel<ImportResult>()(z.tuple([pdfBytes, jobIdSchema.optional()])),
};
