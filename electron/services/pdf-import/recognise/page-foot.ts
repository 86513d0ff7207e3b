// What stands under a page's drawing: a footnote under the flowchart table (`Ket: *) Kelengkapan
// dokumen pendukung:` and its items), which is an extra section of the SOP, and the page's foot
// (a signature note, a page number), which is no part of it (docs/format.md §9.6).

import { stripEnumeration } from '../../../../shared/import/text';
import type { ExtraSection, SopDocument } from '../../../../shared/model';
import type { PdfImage, PdfPage, PdfText } from '../page';
import { subpathsOf } from './geometry';
import { joinWrapped } from './identity-text';
import type { PageReport } from './report';
import type { SopPages } from './sops';
import { linesOf, type TextLine } from './text-lines';

/** One printed row: the pieces on one baseline, left to right. */
type TextRow = { text: string; left: number; top: number; bottom: number; size: number };

export type SkippedBlock = { text: string; left: number; top: number; pictures: PdfImage[] };

export type PageFoot = { footnote: ExtraSection | null; skipped: SkippedBlock[] };

/** `Ket:`, `Keterangan:` or `Catatan:` opening a footnote. */
const FOOTNOTE = /^(?:ket(?:erangan)?|catatan)\s*[:.]\s*/i;
const ITEM = /^(?:\(?\d{1,2}[.),]|\(?[a-zA-Z][.)]|[-–•·▪●])\s+/;
const PAGE_NUMBER = /^(?:halaman|hal\.|page)\s*\d+\s*(?:dari|of|\/)\s*\d+$/i;
/** A footnote starts within this many of its font sizes under the table. */
const FOOTNOTE_REACH = 4;

/**
 * The text under everything drawn on the page, in blocks split by empty stretches: the first
 * block, when it opens with `Ket:` close under a table ending at `tableBottom`, is a footnote;
 * the other blocks (page numbers aside) are skipped, with the pictures beside them.
 */
export function readPageFoot(page: PdfPage, tableBottom: number | null): PageFoot {
  const top = lowestDrawing(page);
  const blocks = blocksOf(rowsOf(page, top));
  const first = blocks[0]?.[0];
  const nearTable =
    tableBottom !== null && first && first.top - tableBottom <= FOOTNOTE_REACH * first.size;
  const footnote = nearTable ? footnoteOf(blocks[0]!) : null;
  const rest = footnote ? blocks.slice(1) : blocks;
  const skipped = rest
    .map((block) => block.filter((row) => !PAGE_NUMBER.test(row.text)))
    .filter((block) => block.length > 0)
    .map((block) => skippedBlock(block, page.images));
  return { footnote, skipped };
}

/** The bottom of the lowest ruling line or shape that shows on white paper. */
function lowestDrawing(page: PdfPage): number {
  let bottom = 0;
  for (const path of page.paths) {
    for (const sub of subpathsOf(path)) {
      const shows = sub.stroked || (sub.fill !== null && sub.fill !== '#ffffff');
      if (shows && sub.box.y1 > bottom) bottom = sub.box.y1;
    }
  }
  return bottom;
}

function rowsOf(page: PdfPage, below: number): TextRow[] {
  const rows: TextRow[] = [];
  for (const line of linesBySize(page.texts.filter((t) => t.y >= below))) {
    const row = rows.find(
      (r) => sameSize(r.size, line.size) && Math.abs(r.top - line.box.y0) <= 0.35 * line.size,
    );
    if (row) {
      row.text = `${row.text} ${line.text}`;
      row.left = Math.min(row.left, line.box.x0);
      row.bottom = Math.max(row.bottom, line.box.y1);
    } else {
      const { x0: left, y0: top, y1: bottom } = line.box;
      rows.push({ text: line.text, left, top, bottom, size: line.size });
    }
  }
  return rows;
}

/** Lines of each font size apart: a signature note in small print may overlap a footnote's line. */
function linesBySize(texts: readonly PdfText[]): TextLine[] {
  const sizes: PdfText[][] = [];
  for (const text of texts) {
    const group = sizes.find((g) => sameSize(g[0]!.size, text.size));
    if (group) group.push(text);
    else sizes.push([text]);
  }
  return sizes.flatMap((group) => linesOf(group)).sort((a, b) => a.box.y0 - b.box.y0);
}

/**
 * Rows in blocks: a row goes on with the block whose last row is of its size and ends less than a
 * line's height above it (a footnote and a signature note in a smaller font may share heights).
 */
function blocksOf(rows: readonly TextRow[]): TextRow[][] {
  const blocks: TextRow[][] = [];
  for (const row of rows) {
    const block = blocks.find((b) => {
      const last = b[b.length - 1]!;
      return sameSize(last.size, row.size) && row.top - last.bottom <= row.bottom - row.top;
    });
    if (block) block.push(row);
    else blocks.push([row]);
  }
  return blocks;
}

const sameSize = (a: number, b: number): boolean => Math.abs(a - b) <= 0.15 * Math.max(a, b);

/**
 * A footnote as an extra section: labelled by the text after `Ket:` without its colon, its items
 * the rows below (an enumeration starts an item, else each row is one). Text after `Ket:` that is
 * no label (no colon) is the first item of a section labelled `Keterangan`.
 */
function footnoteOf(block: readonly TextRow[]): ExtraSection | null {
  const [first, ...rows] = block;
  if (!first || !FOOTNOTE.test(first.text)) return null;
  const after = first.text.replace(FOOTNOTE, '').trim();
  const labelled = after.endsWith(':');
  const label = labelled ? after.replace(/\s*:$/, '') : 'Keterangan';
  const lines =
    labelled || after === '' ? rows.map((r) => r.text) : [after, ...rows.map((r) => r.text)];
  return { label, items: itemsOf(lines) };
}

function itemsOf(lines: readonly string[]): string[] {
  const enumerated = lines.some((line) => ITEM.test(line));
  const items: string[][] = [];
  for (const line of lines) {
    if (!enumerated || ITEM.test(line) || items.length === 0) items.push([stripEnumeration(line)]);
    else items[items.length - 1]!.push(line);
  }
  return items.map(joinWrapped).filter(Boolean);
}

function skippedBlock(block: readonly TextRow[], images: readonly PdfImage[]): SkippedBlock {
  const top = block[0]!.top;
  const bottom = block[block.length - 1]!.bottom;
  return {
    text: block.map((row) => row.text).join(' '),
    left: Math.min(...block.map((row) => row.left)),
    top,
    pictures: images.filter((i) => i.y < bottom && i.y + i.height > top),
  };
}

/** Longest text of a skipped block quoted in the report. */
const QUOTE = 45;

/**
 * The feet of an SOP's pages (its identity page and table pages): footnotes under its tables
 * become extra sections, in page order; every skipped block is reported with its place.
 */
export function addPageFeet(
  place: SopPages,
  pages: readonly PdfPage[],
  doc: SopDocument,
  report: PageReport,
): void {
  const numbers = new Set([place.identityPages[0], ...place.tables.map((t) => t.page.number)]);
  for (const page of pages.filter((p) => numbers.has(p.number))) {
    const table = place.tables.find((t) => t.page.number === page.number);
    const foot = readPageFoot(page, table ? table.frame.box.y1 : null);
    if (foot.footnote) {
      doc.identity.extraSections.push(foot.footnote);
      report.note(
        `Catatan di bawah tabel (halaman ${page.number}): bagian "${foot.footnote.label}".`,
      );
    }
    for (const block of foot.skipped)
      report.warn('note', page.number, { x: block.left, y: block.top }, skippedMessage(block));
  }
}

function skippedMessage(block: SkippedBlock): string {
  const quote = block.text.length > QUOTE ? `${block.text.slice(0, QUOTE).trimEnd()}…` : block.text;
  const count = block.pictures.length;
  const beside = count > 0 ? ` dan ${count} gambar di sampingnya` : '';
  return `Teks di kaki halaman${beside} dilewati (bukan bagian SOP): "${quote}"`;
}
