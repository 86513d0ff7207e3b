// Tab-separated text, the clipboard format of Excel, Word tables and LibreOffice: parsing what they
// write (quoted cells may hold tabs, newlines and doubled quotes) and writing the same for them.

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
