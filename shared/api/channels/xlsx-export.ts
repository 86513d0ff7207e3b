// Channel of the Excel export: one or many SOPs (with their register status and revision) in,
// the bytes of the .xlsx workbook out, for saving (desktop:saveBytes or a browser download).

import { z } from 'zod';
import { sopDocumentSchema } from '../../model';
import { channel } from '../define';
import { jobIdSchema } from './job';
import { draftMarkSchema } from './pdf';

const exportEntry = z
  .object({
    document: sopDocumentSchema,
    /** Status in the Daftar SOP register (e.g. Berlaku, Draf); "Draf" when left out. */
    status: z.string().max(100).optional(),
    /** Revision in the register; "-" when left out. */
    revision: z.string().max(100).optional(),
    /** The DRAF mark in the page header of the SOP's sheets; none when left out. */
    draftMark: draftMarkSchema.optional(),
    /** The SOP's library id and the revision shown, carried in the workbook (format.md §6.1). */
    library: z
      .object({ id: z.string().min(1).max(100), revision: z.number().int().min(1).nullable() })
      .strict()
      .optional(),
  })
  .strict();

export const xlsxExportChannels = {
  /** The workbook of the given SOPs, in order; several SOPs add the Daftar SOP register. */
  'xlsx:export': channel<Uint8Array>()(
    z.tuple([z.array(exportEntry).min(1).max(500), jobIdSchema.optional()]),
  ),
};
