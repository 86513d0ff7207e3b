// Which pages make which SOP. An identity page starts an SOP and the table pages after it are its
// flowchart, the header repeated on each; a table whose numbering starts again at 1 is the next
// SOP, sharing the identity before it and named from the heading above its table (an SOP book
// with one identity and several tables). Pages with neither are skipped and reported.

import type { ImportWarning } from '../../../../shared/import';
import { isGenericTitle } from '../../../../shared/model';
import type { PdfPage, PdfProducer } from '../page';
import { boxOfPoints } from './geometry';
import { continueIdentity, readIdentityPage, type IdentityReading } from './identity';
import { emptySpill, readListSpill, withSpill } from './identity-spill';
import { readPageTable, type PageTable } from './page-table';
import { hasTableLabels, type TableFrame } from './table';
import { pageWarning } from './report';
import { documentWordsOf, linesOf } from './text-lines';

export type SopPages = {
  identity: IdentityReading | null;
  /** The pages the identity was read from: its page, then those its lists went on to. */
  identityPages: number[];
  /** True when one identity is read for several SOPs (one identity, several tables). */
  sharedIdentity: boolean;
  tables: PageTable[];
  /** The lines above the first table: the SOP's own title in a book of tables. */
  heading: string;
};

const NOTHING = 'Halaman ini tidak berisi identitas atau tabel diagram alir SOP; dilewati.';
const CUT_TABLE =
  'Halaman ini memuat potongan tabel diagram alir tanpa kolom-kolom lainnya (tabel dicetak lebih lebar dari kertasnya, terpotong ke beberapa halaman); dilewati. Cetak ulang dengan skala "sesuaikan dengan lebar halaman" (Fit to width), atau impor buku kerjanya dengan Impor Excel.';

/** Lines this far above a table may be its heading (points). */
const HEADING_REACH = 80;

export function groupPages(
  pages: readonly PdfPage[],
  producer: PdfProducer,
  onPage?: (page: number) => void,
): { sops: SopPages[]; notes: ImportWarning[] } {
  const sops: SopPages[] = [];
  const notes: ImportWarning[] = [];
  const words = documentWordsOf(pages, producer);
  for (const page of pages) {
    const table = readPageTable(page, words, tableBefore(sops, page.number));
    const above = table ? pageAbove(page, table.frame.box.y0) : page;
    const current = sops[sops.length - 1];
    const open = current && identityGoesOn(current, page.number) ? current : null;
    // Rows spilled from the identity's lists fill the top of a page of their own; the text above
    // a table is its heading.
    const spill = open && !table ? readSpill(open, above) : null;
    const rest = spill ? pageBelow(above, spill) : above;
    const before = open?.identity?.labelColumns;
    const identity = rest.texts.length >= 3 ? readIdentityPage(rest, before) : null;
    const joined = open?.identity && identity ? continueIdentity(open.identity, identity) : null;
    if (open && joined) {
      open.identity = joined;
      open.identityPages.push(page.number);
    } else if (identity) {
      sops.push({
        identity,
        identityPages: [page.number],
        sharedIdentity: false,
        tables: [],
        heading: '',
      });
    }
    if (table) addTable(sops, table);
    else if (!identity && spill === null) {
      notes.push(
        hasTableLabels(page)
          ? pageWarning('loss', page.number, null, CUT_TABLE)
          : pageWarning('note', page.number, null, NOTHING),
      );
    }
    onPage?.(page.number);
  }
  return { sops, notes };
}

/** The table on the page right before this one, which a page without a header may go on with. */
function tableBefore(sops: readonly SopPages[], page: number): TableFrame | null {
  const last = sops[sops.length - 1]?.tables.at(-1);
  return last && last.page.number === page - 1 ? last.frame : null;
}

function addTable(sops: SopPages[], table: PageTable): void {
  const current = sops[sops.length - 1];
  const heading = headingAbove(table);
  const restarts = table.rows.find((r) => r.number !== null)?.number === 1;
  if (current && (current.tables.length === 0 || !restarts)) {
    if (current.tables.length === 0) current.heading = heading;
    current.tables.push(table);
    return;
  }
  // The SOP before shares its identity too: each of them is named by its own table's heading.
  const shared = current !== undefined && current.identity !== null;
  if (shared) current.sharedIdentity = true;
  sops.push({
    identity: current?.identity ?? null,
    identityPages: [...(current?.identityPages ?? [])],
    sharedIdentity: shared,
    tables: [table],
    heading,
  });
}

/** Whether `page` comes right after the identity of `sop`, before any of its tables. */
function identityGoesOn(sop: SopPages, page: number): boolean {
  return sop.identity !== null && sop.tables.length === 0 && sop.identityPages.at(-1) === page - 1;
}

/** The rows of the identity's open lists at the top of `page`, added to the identity. */
function readSpill(sop: SopPages, page: PdfPage): number | null {
  const reading = sop.identity;
  if (!reading) return null;
  const spill = readListSpill(page, reading.openLists, reading.labelColumns);
  if (!spill || emptySpill(spill)) return null;
  sop.identity = { ...reading, identity: withSpill(reading.identity, reading.openLists, spill) };
  sop.identityPages.push(page.number);
  return spill.bottom;
}

/** The page's drawing and text below `y`: what follows the spilled list rows. */
function pageBelow(page: PdfPage, y: number): PdfPage {
  return {
    ...page,
    texts: page.texts.filter((t) => t.y >= y - 0.5),
    paths: page.paths.filter(
      (p) => boxOfPoints(p.segments.flatMap((s) => [s.from, s.to])).y0 >= y - 0.5,
    ),
    images: page.images.filter((i) => i.y >= y - 0.5),
  };
}

/** The page's drawing and text above `y`: where an identity may stand before a table. */
function pageAbove(page: PdfPage, y: number): PdfPage {
  return {
    ...page,
    texts: page.texts.filter((t) => t.y + t.height <= y + 1),
    paths: page.paths.filter(
      (p) => boxOfPoints(p.segments.flatMap((s) => [s.from, s.to])).y1 <= y + 1,
    ),
    images: page.images.filter((i) => i.y + i.height <= y + 1),
  };
}

function headingAbove(table: PageTable): string {
  const top = table.frame.box.y0;
  const lines = linesOf(
    table.page.texts.filter((t) => t.y + t.height <= top + 1 && t.y >= top - HEADING_REACH),
  );
  return lines
    .map((l) => l.text)
    .filter((text) => !isGenericTitle(text))
    .join(' ')
    .trim();
}
