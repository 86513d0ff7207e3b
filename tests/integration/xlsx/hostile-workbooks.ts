// Small workbooks that are valid zips of valid XML but enormous inside: tens of thousands of
// merges over large ranges, a hundred thousand shapes or shared strings, a million cells in one
// row. Each holds a real one-step SOP table, so a reader that survives them still finds the SOP.

import { buildWorkbook, type CellSpec, type SheetSpec } from './workbook-builder';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A one-step SOP table: the smallest sheet the importer recognises. */
export const SOP_TABLE: Record<string, CellSpec> = {
  A1: 'No',
  B1: 'Kegiatan',
  C1: 'Pelaksana',
  D1: 'Mutu Baku',
  C2: 'Staf',
  D2: 'Output',
  A3: 1,
  B3: 'Menerima surat',
  C3: 'X',
  D3: 'Surat',
};

function sopSheet(extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name: 'SOP', cells: SOP_TABLE, ...extra };
}

/**
 * `count` merges below the table, each `rows` rows by `cols` columns: the same range again and
 * again (`distinct` false, it zips to a few KB) or ranges stacked one under the other.
 */
export function manyMerges(count: number, distinct: boolean, rows = 500, cols = 40): Uint8Array {
  const merges: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const top = 10 + (distinct ? i * rows : 0);
    merges.push(`A${top}:${columnName(cols)}${top + rows - 1}`);
  }
  return buildWorkbook([sopSheet({ merges })]);
}

/** `count` copies of the largest merge a sheet can hold, A1:XFD1048576, after the table's cells. */
export function wholeSheetMerges(count: number): Uint8Array {
  return buildWorkbook([
    sopSheet({ merges: Array.from({ length: count }, () => 'A1:XFD1048576') }),
  ]);
}

/** `count` drawn shapes of one kind over the table's step cell: process boxes by default. */
export function manyShapes(
  count: number,
  kind: 'sp' | 'cxnSp' | 'txBox' | 'offpage' = 'sp',
): Uint8Array {
  return buildWorkbook([
    sopSheet({
      shapes: Array.from({ length: count }, (_, i) => ({
        id: i + 2,
        ...(kind === 'cxnSp' ? { type: 'cxnSp' as const, prst: 'straightConnector1' } : {}),
        ...(kind === 'txBox' ? { textBox: true, text: 'Ya' } : {}),
        ...(kind === 'offpage' ? { prst: 'flowChartOffpageConnector' } : {}),
        from: [2, 2, 0, 0] as [number, number, number, number],
        to: [2, 2, 100_000, 100_000] as [number, number, number, number],
      })),
    }),
  ]);
}

/** A shared-strings part of `count` distinct strings; the table's cells use the first ones. */
export function manySharedStrings(count: number): Uint8Array {
  const items: string[] = [];
  for (let i = 0; i < count; i += 1) items.push(`<si><t>Teks ${i}</t></si>`);
  const sst = `<?xml version="1.0"?><sst xmlns="${NS}" count="${count}" uniqueCount="${count}">${items.join('')}</sst>`;
  return buildWorkbook([sopSheet()], {
    'xl/sharedStrings.xml': sst,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rIdSS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  });
}

/** One row of `count` number cells without references (so they run past column XFD). */
export function manyCellsInOneRow(count: number): Uint8Array {
  return buildWorkbook([
    sopSheet({ rawRows: `<row r="20">${'<c><v>1</v></c>'.repeat(count)}</row>` }),
  ]);
}

/** `sheets` copies of the SOP sheet, each with `rows` rows of `cols` number cells after the table. */
export function manyCells(rows: number, cols: number, sheets = 1): Uint8Array {
  const row = '<c><v>1</v></c>'.repeat(cols);
  const xml: string[] = [];
  for (let r = 0; r < rows; r += 1) xml.push(`<row r="${20 + r}">${row}</row>`);
  const rawRows = xml.join('');
  return buildWorkbook(
    Array.from({ length: sheets }, (_, i) => sopSheet({ name: `SOP ${i + 1}`, rawRows })),
  );
}

function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}
