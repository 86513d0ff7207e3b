// Which pages make which SOP. An identity page starts an SOP and the table pages after it are its
// flowchart, the header repeated on each; a table whose numbering starts again at 1 is the next
// SOP, sharing the identity before it and named from the heading above its table (an SOP book
// with one identity and several tables). Pages with neither are skipped and reported.

import type { ImportWarning } from '../../../../shared/import';
import { isGenericTitle } from '../../../../shared/model';
import type { PdfPage } from '../page';
import { boxOfPoints } from './geometry';
import { continueIdentity, readIdentityPage, type IdentityReading } from './identity';
import { readPageTable, type PageTable } from './page-table';
import type { TableFrame } from './table';
import { pageName } from './report';
import { linesOf, vocabularyOf } from './text-lines';

export type SopPages = {
  identity: IdentityReading | null;
  /** The pages the identity was read from: one, or more when its lists went on. */
  identityPages: number[];
  /** True when other SOPs share this SOP's identity (one identity page, several tables). */
  sharedIdentity: boolean;
  tables: PageTable[];
  /** The lines above the first table: the SOP's own title in a book of tables. */
  heading: string;
};

/** Lines this far above a table may be its heading (points). */
const HEADING_REACH = 80;

export function groupPages(
  pages: readonly PdfPage[],
  onPage?: (page: number) => void,
): { sops: SopPages[]; notes: ImportWarning[] } {
  const sops: SopPages[] = [];
  const notes: ImportWarning[] = [];
  const vocabulary = vocabularyOf(pages);
  for (const page of pages) {
    const table = readPageTable(page, vocabulary, tableBefore(sops, page.number));
    const above = table ? pageAbove(page, table.frame.box.y0) : page;
    const identity = above.texts.length >= 3 ? readIdentityPage(above) : null;
    const continued = identity !== null && continuesIdentity(sops, identity, page.number);
    if (identity && !continued) {
      sops.push({
        identity,
        identityPages: [page.number],
        sharedIdentity: false,
        tables: [],
        heading: '',
      });
    }
    if (table) addTable(sops, table);
    else if (!identity) {
      notes.push({
        sheet: pageName(page.number),
        cell: null,
        message: 'Halaman ini tidak berisi identitas atau tabel diagram alir SOP; dilewati.',
      });
    }
    onPage?.(page.number);
  }
  return { sops, notes };
}

/**
 * An identity over two pages: the lists going on under their labels on the page after the
 * identity page, before any table, join the SOP's identity.
 */
function continuesIdentity(sops: SopPages[], next: IdentityReading, page: number): boolean {
  const current = sops[sops.length - 1];
  if (!current?.identity || current.tables.length > 0 || current.sharedIdentity) return false;
  if (current.identityPages.at(-1) !== page - 1) return false;
  const joined = continueIdentity(current.identity, next);
  if (!joined) return false;
  current.identity = joined;
  current.identityPages.push(page);
  return true;
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
  const shared = current?.identity !== null && current?.identity !== undefined;
  // The SOP the identity was read for shares it from now on, and is named by its heading too.
  if (current && shared) current.sharedIdentity = true;
  sops.push({
    identity: current?.identity ?? null,
    identityPages: [...(current?.identityPages ?? [])],
    sharedIdentity: shared,
    tables: [table],
    heading,
  });
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
