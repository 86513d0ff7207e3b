// Channels of the Excel import: the bytes of a workbook (from desktop:openWorkbook or a browser
// file input) in, every SOP found with its import report out, for the user to review before the
// SOPs enter the library.

import { z } from 'zod';
import type { ImportResult } from '../../import';
import { formatBytes, MAX_WORKBOOK_BYTES } from '../../limits';
import { channel } from '../define';
import { jobIdSchema } from './job';

/** What `xlsx:import` returns, under the name the renderer knows it by. */
export type { ImportResult as XlsxImportResult } from '../../import';

const workbookBytes = z
  .instanceof(Uint8Array)
  .refine(
    (bytes) => bytes.length <= MAX_WORKBOOK_BYTES,
    `berkas lebih dari ${formatBytes(MAX_WORKBOOK_BYTES)}`,
  );

export const xlsxChannels = {
  /** Reads every SOP of an .xlsx workbook; nothing is stored. */
  'xlsx:import': channel<ImportResult>()(z.tuple([workbookBytes, jobIdSchema.optional()])),
};
