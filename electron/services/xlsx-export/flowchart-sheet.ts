// The flowchart sheet of one SOP: the official two-row merged header (No, Kegiatan, Pelaksana over
// the executor columns, Mutu Baku over Kelengkapan/Waktu/Output, Keterangan), one row per step with
// its texts, the connector band rows, page setup with the PDF's page breaks, and the drawn flow.

import { STEP_COLUMN_LABELS, type SopDocument } from '../../../shared/model';
import type { LayoutSettings, Page } from '../../../shared/layout';
import { columnWidthChars } from '../ooxml/units';
import { rowHeightPoints } from './anchors';
import { flowchartDrawing } from './flowchart-drawing';
import { flowGrid } from './flowchart-grid';
import { pageSpec } from './page';
// The print settings travel in a hidden defined name (no cell or page setup field can hold them).
import { encodePrintSettings, PRINT_SETTINGS_NAME } from '../ooxml/print-settings';
import type { CellSpec, CellStyle, MergeSpec, SheetSpec } from './sheet-spec';

export function flowchartSheet(
  doc: SopDocument,
  pages: Page[],
  settings: LayoutSettings,
  name: string,
): SheetSpec {
  const n = doc.executors.length;
  const grid = flowGrid(pages, n + 6);
  const cells: CellSpec[] = [];
  const merges: MergeSpec[] = [];
  const lastCol = n + 6;
  const put = (row: number, col: number, value: string | number, style: CellStyle): void => {
    cells.push({ row, col, value, style });
  };
  // Header: every cell styled (merged areas too) so borders print all round.
  for (let col = 1; col <= lastCol; col++) {
    put(1, col, '', 'header');
    put(2, col, '', 'header');
  }
  const header = (row: number, col: number, text: string): void => {
    const cell = cells.find((c) => c.row === row && c.col === col);
    if (cell) cell.value = text;
  };
  const mutuBaku = n + 3;
  header(1, 1, STEP_COLUMN_LABELS.number);
  header(1, 2, STEP_COLUMN_LABELS.activity);
  merges.push({ top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 2, right: 2 });
  if (n > 0) {
    header(1, 3, STEP_COLUMN_LABELS.executors);
    if (n > 1) merges.push({ top: 1, left: 3, bottom: 1, right: 2 + n });
    doc.executors.forEach((executor, i) => header(2, 3 + i, executor.name));
    for (const cell of cells) {
      if (cell.row === 2 && cell.col >= 3 && cell.col < 3 + n) cell.fontSize = grid.nameFontSize;
    }
  }
  header(1, mutuBaku, STEP_COLUMN_LABELS.quality);
  merges.push({ top: 1, left: mutuBaku, bottom: 1, right: mutuBaku + 2 });
  header(2, mutuBaku, STEP_COLUMN_LABELS.requirements);
  header(2, mutuBaku + 1, STEP_COLUMN_LABELS.time);
  header(2, mutuBaku + 2, STEP_COLUMN_LABELS.output);
  header(1, lastCol, STEP_COLUMN_LABELS.notes);
  merges.push({ top: 1, left: lastCol, bottom: 2, right: lastCol });

  const indexOf = new Map(doc.steps.map((step, i) => [step.id, i]));
  grid.rows.forEach((row, i) => {
    const sheetRow = i + 1;
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
      put(sheetRow, col, text?.[1] ?? '', text?.[2] ?? 'cell');
    }
  });

  const rowBreaks = grid.pageRows.slice(0, -1).map(([, last]) => last + 1);
  return {
    name,
    columns: grid.pixels.map(columnWidthChars),
    rows: grid.rows.map((row) => rowHeightPoints(row.height)),
    cells,
    merges,
    page: pageSpec(doc.print.paper, settings, {
      titleRows: [1, 2],
      printArea: { rows: grid.rows.length, cols: lastCol },
      rowBreaks,
      coordination: doc.print.coordination,
    }),
    fontSize: grid.fontSize,
    drawing: flowchartDrawing(pages, grid),
    names: [{ name: PRINT_SETTINGS_NAME, formula: encodePrintSettings(doc.print) }],
  };
}
