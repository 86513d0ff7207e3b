// Finds every SOP in a workbook: flowchart tables (a header repeated after a page break continues
// its table; a header followed by step 1 or preceded by identity labels starts a new one) and
// identity blocks, then pairs each table with the identity written before it.

import type { SheetGrid } from '../ooxml/grid';
import type { DrawnShape } from './drawing-read';
import { findHeaders, type TableHeader } from './header-read';
import { findLabelHits, type IdentityBlock, type LabelHit } from './identity-read';
import { compactLabel } from '../../../shared/model';
import { parseStepNumber } from '../../../shared/import/text';

export type SheetContent = {
  index: number;
  grid: SheetGrid;
  shapes: DrawnShape[];
  /** Why the sheet's drawing was not read (over a cap), for the report; null when it was. */
  drawingSkipped: string | null;
  /** Defined names scoped to the sheet (the app's own exports keep print settings there). */
  names: Map<string, string>;
};

export type TablePlace = {
  sheet: SheetContent;
  header: TableHeader;
  /** Later headers of the same table (repeated after page breaks), skipped as rows. */
  repeats: TableHeader[];
  /** Last row the table may use. */
  limit: number;
};

export type SopPlace = {
  table: TablePlace | null;
  identity: IdentityBlock | null;
  /** Reading order in the workbook (sheet, then row). */
  position: number;
};

export function findSops(sheets: SheetContent[]): SopPlace[] {
  const tables: TablePlace[] = [];
  const identities: Array<{ block: IdentityBlock; sheet: number }> = [];
  for (const sheet of sheets) {
    const sheetTables = findTables(sheet);
    tables.push(...sheetTables);
    identities.push(
      ...findIdentityBlocks(sheet, sheetTables).map((block) => ({ block, sheet: sheet.index })),
    );
  }
  const used = new Set<IdentityBlock>();
  const before = (id: { block: IdentityBlock; sheet: number }, table: TablePlace): boolean =>
    id.sheet < table.sheet.index ||
    (id.sheet === table.sheet.index && id.block.top < table.header.top);
  const places: SopPlace[] = tables.map((table) => {
    const candidates = identities.filter((id) => !used.has(id.block) && before(id, table));
    const title = table.header.title ? compactLabel(table.header.title.text) : '';
    const named = candidates.find((id) => title !== '' && nameOf(id.block) === title);
    const chosen = named ?? candidates[0];
    if (chosen) used.add(chosen.block);
    return {
      table,
      identity: chosen?.block ?? null,
      position: position(table.sheet.index, table.header.top),
    };
  });
  for (const id of identities) {
    if (!used.has(id.block)) {
      places.push({ table: null, identity: id.block, position: position(id.sheet, id.block.top) });
    }
  }
  return places.sort((a, b) => a.position - b.position);
}

function position(sheet: number, row: number): number {
  return sheet * 2_000_000 + row;
}

function nameOf(block: IdentityBlock): string {
  const hit = block.hits.find((h) => h.field === 'name');
  if (!hit) return '';
  const value =
    hit.inline ||
    block.grid.rowCells(hit.row).find(([col]) => col > block.grid.rightEdge(hit.row, hit.col))?.[1];
  return compactLabel(value ?? '');
}

function findTables(sheet: SheetContent): TablePlace[] {
  const { grid } = sheet;
  const headers = findHeaders(grid);
  const tables: TablePlace[] = [];
  const lastRow = Math.max(
    grid.sheet.maxRow,
    ...sheet.shapes.map((s) => grid.cellAt(s.box.x, s.box.y + s.box.h).row),
  );
  for (const header of headers) {
    const current = tables[tables.length - 1];
    if (current && isRepeat(grid, current, header)) {
      current.repeats.push(header);
      continue;
    }
    if (current) current.limit = (header.title?.row ?? header.top) - 1;
    tables.push({ sheet, header, repeats: [], limit: lastRow });
  }
  // Identity labels after a table start the next SOP: the table stops before them.
  for (const table of tables) {
    const hits = findLabelHits(grid, table.header.bottom + 1, table.limit).filter((h) =>
      isStrongLabel(h),
    );
    if (hits.length > 0)
      table.limit = Math.min(table.limit, Math.min(...hits.map((h) => h.row)) - 1);
  }
  return tables;
}

/** A repeated header continues the table unless labels or step 1 say a new SOP begins. */
function isRepeat(grid: SheetGrid, table: TablePlace, header: TableHeader): boolean {
  const from = (table.repeats[table.repeats.length - 1] ?? table.header).bottom + 1;
  if (findLabelHits(grid, from, header.top - 1).some((h) => isStrongLabel(h))) return false;
  const title = table.header.title?.text ?? '';
  if (header.title && compactLabel(header.title.text) !== compactLabel(title)) return false;
  if (header.number === null) return true;
  for (const row of grid.filledRowsBetween(header.bottom + 1, grid.sheet.maxRow)) {
    const number = parseStepNumber(grid.text(row, header.number));
    if (number !== null) return number !== 1;
  }
  return true;
}

function isStrongLabel(hit: LabelHit): boolean {
  return ['number', 'name', 'legalBasis', 'approvedBy', 'qualifications'].includes(hit.field);
}

/**
 * Identity blocks in the rows outside tables: a block needs two different fields on two different
 * rows (a register sheet's single header row `Nomor SOP | Nama SOP` is not one); a repeated Nomor
 * or Nama label starts the next block.
 */
function findIdentityBlocks(sheet: SheetContent, tables: TablePlace[]): IdentityBlock[] {
  const { grid } = sheet;
  const regions: Array<[number, number]> = [];
  let start = 1;
  for (const table of tables) {
    regions.push([start, (table.header.title?.row ?? table.header.top) - 1]);
    start = table.limit + 1;
  }
  regions.push([start, grid.sheet.maxRow]);
  const blocks: IdentityBlock[] = [];
  for (const [top, bottom] of regions) {
    if (bottom < top) continue;
    let current: IdentityBlock | null = null;
    for (const hit of findLabelHits(grid, top, bottom)) {
      const repeated = current?.hits.some(
        (h) => h.field === hit.field && ['number', 'name'].includes(h.field),
      );
      if (!current || repeated) {
        if (current) current.bottom = hit.row - 1;
        current = { grid, top: current ? hit.row : top, bottom, hits: [] };
        blocks.push(current);
      }
      current.hits.push(hit);
    }
  }
  return blocks.filter(
    (block) =>
      new Set(block.hits.map((h) => h.field)).size >= 2 &&
      new Set(block.hits.map((h) => h.row)).size >= 2,
  );
}
