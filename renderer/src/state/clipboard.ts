// Clipboard formats of Excel, Word tables and LibreOffice: tab-separated text (quoted cells may
// hold tabs, newlines and doubled quotes), parsed and written the same way, and the cells of their
// HTML tables with merged cells spread out.

/** Parses TSV into rows of cells; a trailing line break does not make an extra row. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && cell === '') {
      // A quoted cell runs to the quote that is not doubled; Excel only quotes whole cells.
      const close = findClosingQuote(text, i + 1);
      if (close !== -1) {
        cell = text.slice(i + 1, close).replace(/""/g, '"');
        i = close + 1;
        continue;
      }
    }
    if (ch === '\t') endCell();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 1;
    } else if (ch === '\n' || ch === '\r') endRow();
    else cell += ch;
    i += 1;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows.map((r) => r.map((c) => c.replace(/\r\n/g, '\n')));
}

/** Index of the quote closing a quoted cell, or -1 when the cell is not really quoted. */
function findClosingQuote(text: string, from: number): number {
  let j = from;
  while (j < text.length) {
    if (text[j] === '"') {
      if (text[j + 1] === '"') {
        j += 2;
        continue;
      }
      const after = text[j + 1];
      return after === undefined || after === '\t' || after === '\n' || after === '\r' ? j : -1;
    }
    j += 1;
  }
  return -1;
}

/** Writes rows as TSV the way Excel does: cells with tabs, line breaks or quotes are quoted. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) =>
      row
        .map((cell) => (/[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
        .join('\t'),
    )
    .join('\r\n');
}

/** A cell of an HTML table as copied: its text and how many columns and rows it spans. */
export type SpannedCell = { text: string; colSpan: number; rowSpan: number };

/** Spans past these are a broken or hostile table, not an SOP. */
const MAX_SPAN = 100;

/**
 * The rows of an HTML table as TSV would give them: a merged cell keeps its text in its first
 * column and row and leaves the others empty, so columns line up as in the sheet.
 */
export function unspanTable(rows: readonly (readonly SpannedCell[])[]): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const line = grid[r] ?? [];
    let column = 0;
    for (const cell of cells) {
      while (line[column] !== undefined) column += 1;
      const across = Math.min(MAX_SPAN, Math.max(1, Math.trunc(cell.colSpan) || 1));
      const down = Math.min(rows.length - r, MAX_SPAN, Math.max(1, Math.trunc(cell.rowSpan) || 1));
      for (let dr = 0; dr < down; dr += 1) {
        for (let dc = 0; dc < across; dc += 1) {
          const covered = grid[r + dr];
          if (covered) covered[column + dc] = dr === 0 && dc === 0 ? cell.text : '';
        }
      }
      column += across;
    }
  });
  return grid.map((line) => Array.from(line, (cell) => cell ?? ''));
}
