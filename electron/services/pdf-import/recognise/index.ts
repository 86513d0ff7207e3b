// Recognises the SOPs on a PDF's pages: identity pages, flowchart tables, symbols and connectors
// (docs/format.md §9). Geometry and labels only; of the producer, only whether it marks the words
// it breaks (this app names itself as the Creator).

import type { ImportedSop, ImportResult } from '../../../../shared/import';
import { fitToDocumentLimits } from '../../../../shared/import/limits';
import { emptySop, type SopDocument } from '../../../../shared/model';
import { UNKNOWN_PRODUCER, type PdfPage, type PdfProducer } from '../page';
import { applyFlow, enteredSymbols } from './decisions';
import { readPageFlow } from './flow';
import { addPageFeet } from './page-foot';
import { pageSizeInMm, paperOfPage } from './paper';
import { PageReport } from './report';
import { groupPages, type SopPages } from './sops';
import { readSteps, symbolSummary } from './steps';

export function recognisePages(
  pages: readonly PdfPage[],
  producer: PdfProducer = UNKNOWN_PRODUCER,
): ImportResult {
  const { sops, notes } = groupPages(pages, producer);
  return { sops: sops.map((sop) => buildSop(sop, pages)), notes };
}

function buildSop(place: SopPages, pages: readonly PdfPage[]): ImportedSop {
  const report = new PageReport();
  const doc = emptySop();
  if (place.identity) {
    doc.identity = structuredClone(place.identity.identity);
    place.identityPages.forEach((page) => report.pages.add(page));
    place.identity.recognised.forEach((line) => report.note(line));
    report.warnings.push(...place.identity.warnings);
  }
  if (place.heading && (place.sharedIdentity || doc.identity.name === '')) {
    doc.identity.name = place.heading;
    report.note(`Nama SOP dari judul di atas tabel: ${place.heading}`);
  }
  readFlowchart(place, doc, report);
  addPageFeet(place, pages, doc, report);
  const paperPage = place.tables[0]?.page ?? pages.find((p) => p.number === place.identityPages[0]);
  if (paperPage) readPaper(paperPage, doc, report);
  keepWithinLimits(place, doc, report);
  return { document: doc, report: report.toReport(doc.identity.name) };
}

/** The document cut to its limits by the importers' one rule, each cut on its part's first page. */
function keepWithinLimits(place: SopPages, doc: SopDocument, report: PageReport): void {
  const tablePage = place.tables[0]?.page.number;
  const identityPage = place.identityPages[0];
  for (const cut of fitToDocumentLimits(doc)) {
    const page = cut.part === 'table' ? (tablePage ?? identityPage) : (identityPage ?? tablePage);
    report.warn('loss', page ?? 1, null, cut.message);
  }
}

function readFlowchart(
  place: SopPages,
  doc: ReturnType<typeof emptySop>,
  report: PageReport,
): void {
  const { tables } = place;
  if (tables.length === 0) {
    report.warn(
      'loss',
      place.identityPages[0] ?? 1,
      null,
      'Identitas SOP ditemukan tanpa tabel diagram alir; SOP diimpor tanpa langkah.',
    );
    return;
  }
  tables.forEach((t) => report.pages.add(t.page.number));
  const flows = tables.map(readPageFlow);
  const read = readSteps(tables, enteredSymbols(flows), report);
  applyFlow(read.steps, { tables, flows, stepOf: read.stepOf }, report);
  doc.executors = read.executors;
  doc.steps = read.steps;
  const first = tables[0]!.page.number;
  const last = tables[tables.length - 1]!.page.number;
  const where = first === last ? `halaman ${first}` : `halaman ${first}–${last}`;
  report.note(
    `Tabel diagram alir di ${where}: ${read.steps.length} langkah, ${read.executors.length} pelaksana.`,
  );
  if (read.steps.length > 0) report.note(`Simbol: ${symbolSummary(read.steps)}.`);
  if (tables.some((t) => t.numberRow))
    report.note('Baris nomor kolom di bawah judul tabel dilewati.');
  for (const table of tables.filter((t) => t.headerless)) {
    report.warn(
      'note',
      table.page.number,
      { x: table.frame.box.x0, y: table.frame.box.y0 },
      'Halaman tanpa judul tabel dibaca sebagai lanjutan tabel halaman sebelumnya (kolom yang sama).',
    );
  }
}

function readPaper(page: PdfPage, doc: ReturnType<typeof emptySop>, report: PageReport): void {
  const { paper, exact } = paperOfPage(page.width, page.height);
  doc.print.paper = paper;
  if (exact) {
    report.note(`Kertas ${paper} dari ukuran halaman.`);
    return;
  }
  report.warn(
    'note',
    page.number,
    null,
    `Ukuran halaman ${pageSizeInMm(page.width, page.height)} bukan A4, F4 atau Legal; dipakai kertas terdekat, ${paper}.`,
  );
}
