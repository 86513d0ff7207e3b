// renderSopPdf / renderBookPdf: documents to PDF bytes with pdfmake in the Node side, laid out by
// shared/layout with the metrics of the embedded font.

import type PdfPrinter from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { emptySop, type SopDocument } from '../../../shared/model';
import {
  arimoMeasurer,
  defaultLayoutSettings,
  layoutBook,
  layoutSop,
  type BookSettings,
  type LayoutSettings,
} from '../../../shared/layout';
import { pdfDocument } from './document';
import { pdfFonts } from './fonts';
import {
  attachSource,
  bookSource,
  sopSource,
  type PdfAttachment,
  type SourceOption,
} from './source';

let printer: Promise<PdfPrinter> | null = null;

/** pdfmake loads on first use: a bundle importing this module (the CLI) stays quick for other work. */
function pdfPrinter(): Promise<PdfPrinter> {
  printer ??= import('pdfmake').then(({ default: Printer }) => new Printer(pdfFonts()));
  return printer;
}

export async function printPdf(
  definition: TDocumentDefinitions,
  attachments: readonly PdfAttachment[] = [],
): Promise<Uint8Array> {
  const pdfmake = await pdfPrinter();
  return new Promise((resolve, reject) => {
    const pdf = pdfmake.createPdfKitDocument(definition);
    attachSource(pdf, attachments);
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
    pdf.end();
  });
}

/** One SOP's PDF; its `.sop.json` is attached unless `source` is false. */
export function renderSopPdf(
  doc: SopDocument,
  settings?: Partial<LayoutSettings>,
  { source = true }: SourceOption = {},
): Promise<Uint8Array> {
  const layout = layoutSop(doc, { ...defaultLayoutSettings(doc), ...settings }, arimoMeasurer);
  return printPdf(
    pdfDocument(layout.pages, { title: layout.title || 'SOP' }, arimoMeasurer),
    source ? sopSource(doc) : [],
  );
}

/** Progress of a long job: `done` of `total` steps finished. */
export type ProgressListener = (done: number, total: number) => void;

/**
 * A book of n SOPs takes n + 1 steps: laying out each SOP, then printing the whole. Each SOP's
 * `.sop.json` is attached unless `source` is false.
 */
export async function renderBookPdf(
  docs: SopDocument[],
  settings: Partial<BookSettings> = {},
  onProgress?: ProgressListener,
  { source = true }: SourceOption = {},
): Promise<Uint8Array> {
  const first = docs[0];
  const base = defaultLayoutSettings(first ?? emptySop());
  const book: BookSettings = { ...base, ...DEFAULT_BOOK, ...settings, identityPage: true };
  const steps = docs.length + 1;
  const layout = layoutBook(docs, book, arimoMeasurer, (index) => onProgress?.(index + 1, steps));
  const bytes = await printPdf(
    pdfDocument(layout.pages, { title: layout.title, subject: 'Dokumen SOP AP' }, arimoMeasurer),
    source ? bookSource(docs) : [],
  );
  onProgress?.(steps, steps);
  return bytes;
}

const DEFAULT_BOOK = {
  draftMarks: [],
  cover: false,
  title: 'STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN',
  year: '',
  decree: '',
  place: '',
  date: '',
  signer: null,
};
