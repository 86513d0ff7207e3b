// The flowchart sheet of one SOP: the official two-row merged header (No, Kegiatan, Pelaksana over
// the executor columns, Mutu Baku over Kelengkapan/Waktu/Output, Keterangan), one row per step with
// its texts, the connector band rows, page setup with the PDF's page breaks, and the drawn flow.

import type { LayoutSettings, Page } from '../../../shared/layout';
import { STEP_COLUMN_LABELS, type SopDocument } from '../../../shared/model';
// The print settings travel in a hidden defined name (no cell or page setup field can hold them).
import { encodePrintSettings, PRINT_SETTINGS_NAME } from '../ooxml/print-settings';
// So does the SOP's library id, for the update when the workbook comes back.
import { encodeLibraryRef, LIBRARY_REF_NAME } from '../ooxml/library-ref';
import type { LibraryRef } from '../../../shared/import';
import { columnWidthChars } from '../ooxml/units';
import { rowHeightPoints } from './anchors';
import { flowchartDrawing } from './flowchart-drawing';
import { flowGrid, type FlowGrid } from './flowchart-grid';
import { pageSpec } from './page';
import type { CellSpec, CellStyle, MergeSpec, SheetSpec } from './sheet-spec';

export function flowchartSheet(
  doc: SopDocument,
  pages: Page[],
  settings: LayoutSettings,
  name: string,
  library?: LibraryRef,
): SheetSpec {
  const lastCol = doc.executors.length + 6;
  const grid = flowGrid(pages, lastCol);
  const header = headerCells(doc, grid.nameFontSize);
  const rowBreaks = grid.pageRows.slice(0, -1).map(([, last]) => last + 1);
  return {
    name,
    columns: grid.pixels.map(columnWidthChars),
    rows: grid.rows.map((row) => rowHeightPoints(row.height)),
    cells: [...header.cells, ...stepCells(doc, grid)],
    merges: header.merges,
    page: pageSpec(doc.print.paper, settings, {
      titleRows: [1, 2],
      printArea: { rows: grid.rows.length, cols: lastCol },
      rowBreaks,
      coordination: doc.print.coordination,
    }),
    fontSize: grid.fontSize,
    drawing: flowchartDrawing(pages, grid),
    names: [
      { name: PRINT_SETTINGS_NAME, formula: encodePrintSettings(doc.print) },
      ...(library ? [{ name: LIBRARY_REF_NAME, formula: encodeLibraryRef(library) }] : []),
    ],
  };
}

/**
 * The two header rows: No and Kegiatan over both rows, Pelaksana over the executor columns with
 * their names below, Mutu Baku over Kelengkapan, Waktu and Output, Keterangan over both rows.
 */
function headerCells(
  doc: SopDocument,
  nameFontSize: number,
): { cells: CellSpec[]; merges: MergeSpec[] } {
  const n = doc.executors.length;
  const lastCol = n + 6;
  const mutuBaku = n + 3;
  const cells: CellSpec[] = [];
  // Every cell styled (merged areas too) so borders print all round.
  for (let col = 1; col <= lastCol; col++) {
    cells.push({ row: 1, col, value: '', style: 'header' });
    cells.push({ row: 2, col, value: '', style: 'header' });
  }
  const header = (row: number, col: number, text: string): void => {
    const cell = cells.find((c) => c.row === row && c.col === col);
    if (cell) cell.value = text;
  };
  const merges: MergeSpec[] = [];
  header(1, 1, STEP_COLUMN_LABELS.number);
  header(1, 2, STEP_COLUMN_LABELS.activity);
  merges.push({ top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 2, right: 2 });
  if (n > 0) {
    header(1, 3, STEP_COLUMN_LABELS.executors);
    if (n > 1) merges.push({ top: 1, left: 3, bottom: 1, right: 2 + n });
    doc.executors.forEach((executor, i) => header(2, 3 + i, executor.name));
    for (const cell of cells) {
      if (cell.row === 2 && cell.col >= 3 && cell.col < 3 + n) cell.fontSize = nameFontSize;
    }
  }
  header(1, mutuBaku, STEP_COLUMN_LABELS.quality);
  merges.push({ top: 1, left: mutuBaku, bottom: 1, right: mutuBaku + 2 });
  header(2, mutuBaku, STEP_COLUMN_LABELS.requirements);
  header(2, mutuBaku + 1, STEP_COLUMN_LABELS.time);
  header(2, mutuBaku + 2, STEP_COLUMN_LABELS.output);
  header(1, lastCol, STEP_COLUMN_LABELS.notes);
  merges.push({ top: 1, left: lastCol, bottom: 2, right: lastCol });
  return { cells, merges };
}

/** Every row under the header, every column styled: a step's texts, or an empty band row. */
function stepCells(doc: SopDocument, grid: FlowGrid): CellSpec[] {
  const lastCol = doc.executors.length + 6;
  const mutuBaku = doc.executors.length + 3;
  const indexOf = new Map(doc.steps.map((step, i) => [step.id, i]));
  const cells: CellSpec[] = [];
  grid.rows.forEach((row, i) => {
    if (row.kind === 'header') return;
    const step = row.stepId === null ? undefined : doc.steps[indexOf.get(row.stepId) ?? -1];
    const texts: Array<[number, string | number, CellStyle]> = step
      ? [
          [1, (indexOf.get(step.id) ?? 0) + 1, 'cellCenter'],
          [2, step.activity, 'cell'],
          [mutuBaku, step.requirements, 'cell'],
          [mutuBaku + 1, step.time, 'cellCenter'],
          [mutuBaku + 2, step.output, 'cell'],
          [lastCol, step.notes, 'cell'],
        ]
      : [];
    for (let col = 1; col <= lastCol; col++) {
      const text = texts.find(([c]) => c === col);
      cells.push({ row: i + 1, col, value: text?.[1] ?? '', style: text?.[2] ?? 'cell' });
    }
  });
  return cells;
}
