// Channels of the PDF export: the bytes of one SOP or of an SOP book, for saving (desktop:saveBytes)
// and for printing (desktop:printPdf or the browser).

import { z } from 'zod';
import { paperSchema, sopDocumentSchema } from '../../model';
import { channel } from '../define';
import { jobIdSchema } from './job';

const paper = paperSchema;

/** The DRAF mark of a printed draft (shared/layout DraftMark). */
export const draftMarkSchema = z.object({ basedOn: z.number().int().min(1).nullable() }).strict();

/**
 * Print options of one SOP; left out, the document's own print settings apply and no DRAF mark
 * is printed.
 */
export const pdfOptionsSchema = z
  .object({
    paper: paper.optional(),
    draftMark: draftMarkSchema.optional(),
    /** Attach the SOP's .sop.json (docs/format.md §4.2); left out: attached. */
    source: z.boolean().optional(),
  })
  .strict();

/** Options of an SOP book (Dokumen SOP AP). */
export const bookOptionsSchema = z
  .object({
    paper: paper.optional(),
    cover: z.boolean().optional(),
    title: z.string().max(500).optional(),
    year: z.string().max(20).optional(),
    decree: z.string().max(2_000).optional(),
    /** Each SOP's LAMPIRAN numeral (a decree's, e.g. `IIA`); left out: I, II, … by position. */
    numerals: z.array(z.string().trim().min(1).max(20)).max(500).optional(),
    /** Who issues the decree, atop the cover; left out: the first SOP's government and agency. */
    issuer: z.string().max(500).optional(),
    place: z.string().max(200).optional(),
    date: z.string().max(100).optional(),
    /** The DRAF mark of each SOP, in the order of the documents (null or missing: none). */
    draftMarks: z.array(draftMarkSchema.nullable()).max(500).optional(),
    /** Attach each SOP's .sop.json; left out: attached. */
    source: z.boolean().optional(),
  })
  .strict();

export type PdfOptions = z.infer<typeof pdfOptionsSchema>;
export type BookOptions = z.infer<typeof bookOptionsSchema>;

export const pdfChannels = {
  /** The PDF of one SOP; the job id (job:status, job:cancel) is optional. */
  'pdf:export': channel<Uint8Array>()(
    z.tuple([sopDocumentSchema, pdfOptionsSchema.optional(), jobIdSchema.optional()]),
  ),
  /** The PDF of many SOPs bound as one book, in the given order. */
  'pdf:book': channel<Uint8Array>()(
    z.tuple([
      z.array(sopDocumentSchema).min(1).max(500),
      bookOptionsSchema.optional(),
      jobIdSchema.optional(),
    ]),
  ),
};
