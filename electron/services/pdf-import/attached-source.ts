// The source a PDF made by this app carries (docs/format.md §4.2): each SOP's .sop.json as an
// attached file, validated by the same parser as an opened .sop.json. A book carries one per SOP,
// named in the book's order. Other attachments are never opened; they are named in the notes.

import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { isSopError } from '../../../shared/errors';
import type { ImportedSop, PageWarning } from '../../../shared/import';
import { parseSopJson } from '../../../shared/model';
import { pdfjsFailure } from './errors';

export type AttachedSources = { sops: ImportedSop[]; notes: PageWarning[] };

type Attachment = { filename: string; content: Uint8Array };

const SOURCE_NAME = /\.sop\.json$/i;

export async function readAttachedSources(pdf: PDFDocumentProxy): Promise<AttachedSources> {
  const sops: ImportedSop[] = [];
  const notes: PageWarning[] = [];
  const attachments = await attachmentsOf(pdf).catch((error: unknown) => {
    if (pdfjsFailure(error).code === 'internal') throw error;
    notes.push(note('Lampiran PDF ini rusak dan tidak dapat dibaca; halaman PDF yang dibaca.'));
    return [];
  });
  for (const [name, attachment] of attachments) {
    if (!SOURCE_NAME.test(name)) {
      notes.push(note(`Lampiran "${name}" bukan sumber SOP; tidak dibuka dan diabaikan.`));
      continue;
    }
    try {
      const document = parseSopJson(new TextDecoder().decode(attachment.content));
      sops.push({ document, report: sourceReport(document.identity.name, name) });
    } catch (error) {
      if (!isSopError(error)) throw error;
      notes.push(note(`Lampiran "${name}" tidak dapat dibaca sebagai SOP (${error.message})`));
    }
  }
  return { sops, notes };
}

/** The attachments by name, in name order (a book's sources are numbered in its order). */
async function attachmentsOf(pdf: PDFDocumentProxy): Promise<[string, Attachment][]> {
  const found = ((await pdf.getAttachments()) ?? {}) as Record<string, Partial<Attachment>>;
  return Object.entries(found)
    .filter((entry): entry is [string, Attachment] => entry[1].content instanceof Uint8Array)
    .sort(([a], [b]) => a.localeCompare(b, 'en'));
}

function sourceReport(name: string, attachment: string): ImportedSop['report'] {
  return {
    name,
    sheets: [],
    pdf: { attachment },
    recognised: [
      'Sama persis dengan SOP yang diekspor SOP AP Editor ke PDF ini; halaman PDF tidak perlu dibaca.',
    ],
    warnings: [],
  };
}

function note(message: string): PageWarning {
  return { kind: 'note', page: null, at: null, message };
}
