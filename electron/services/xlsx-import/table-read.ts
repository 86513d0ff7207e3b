// The step rows of one flowchart table: numbered rows start steps, rows without a number belong to
// the step above, merged cells keep rows together, spacer rows (page breaks) are skipped and
// repeated header rows are dropped. Each step keeps the rows it covers, for placing shapes.

import type { SheetGrid } from '../ooxml/grid';
import { cellAddress } from '../ooxml/sheet-read';
import { isHeaderLikeRow, type TableHeader } from './header-read';
import type { ReportCollector } from './report';
import { isFlowText } from './flow-text';
import { cleanText, parseStepNumber } from '../../../shared/import/text';

export type StepRows = {
  top: number;
  bottom: number;
  numberText: string;
  activity: string;
  requirements: string;
  time: string;
  output: string;
  notes: string;
  /** Cells holding the executor marks (`X`, `v`, `√` …) of files without drawn symbols. */
  laneTexts: Map<number, { text: string; row: number }>;
};

type Field = 'activity' | 'requirements' | 'time' | 'output' | 'notes';

/** What one sheet row holds in the table's columns. */
type RowCells = {
  /** The printed step number, or '' (longer text in the No column is not a number). */
  numberText: string;
  texts: Array<readonly [Field, string]>;
  laneTexts: Array<readonly [number, string]>;
  /** Anything written in the row, the No column included. */
  hasText: boolean;
};

/**
 * Reads steps from the row after the header to `limit`. `symbolRows` are rows holding a drawn
 * symbol, which keep a row without text from being taken as a spacer.
 */
export function readTableRows(
  grid: SheetGrid,
  header: TableHeader,
  limit: number,
  symbolRows: Set<number>,
  repeatHeaders: Array<{ top: number; bottom: number }>,
  report: ReportCollector,
): StepRows[] {
  const numbered = header.number !== null && hasNumbers(grid, header, limit);
  const steps: StepRows[] = [];
  let current: StepRows | null = null;
  let emptyRun = 0;
  let previous = header.bottom;
  for (const row of candidateRows(grid, header, limit, symbolRows)) {
    emptyRun += row - previous - 1;
    previous = row;
    if (repeatHeaders.some((h) => row >= h.top && row <= h.bottom)) continue;
    if (isHeaderLikeRow(grid, row)) {
      if (steps.length === 0) continue;
      warnAnotherTable(grid, header, row, report);
      break;
    }
    const cells = readRow(grid, header, row);
    const hasSymbol = symbolRows.has(row);
    warnCellKinds(grid, row, report);
    if (!cells.hasText && !hasSymbol) {
      emptyRun += 1;
      continue;
    }
    const insideMerge = current !== null && row <= mergedBottom(grid, header, current.top);
    const startsStep =
      !insideMerge &&
      (numbered
        ? cells.numberText !== ''
        : cells.texts[0]?.[1].trim() !== '' || (hasSymbol && current === null));
    if (emptyRun >= 2 && !startsStep && !hasSymbol) break; // text under the table, not a step
    emptyRun = 0;
    if (startsStep || current === null) {
      if (!startsStep) {
        report.warn(
          'note',
          grid.name,
          cellAddress(row, header.activity),
          'Baris tanpa nomor di awal tabel dibaca sebagai langkah.',
        );
      }
      current = newStep(row, cells.numberText);
      steps.push(current);
    } else if (!insideMerge && cells.texts.some(([, t]) => t.trim())) {
      report.warn(
        'note',
        grid.name,
        cellAddress(row, header.number ?? header.activity),
        `Baris ${row} tanpa nomor digabungkan ke langkah di atasnya (baris ${current.top}).`,
      );
    }
    addRow(current, row, cells);
  }
  for (const step of steps)
    step.bottom = Math.max(step.bottom, mergedBottom(grid, header, step.top));
  warnSharedMerges(grid, header, steps, report);
  return steps;
}

/** Another table under the flowchart (the narrative NO | PROSEDUR | PENANGGUNG JAWAB table). */
function warnAnotherTable(
  grid: SheetGrid,
  header: TableHeader,
  row: number,
  report: ReportCollector,
): void {
  report.warn(
    'loss',
    grid.name,
    cellAddress(row, header.activity),
    `Tabel lain mulai di baris ${row} (misalnya tabel naratif); baris sesudahnya tidak dibaca sebagai langkah.`,
  );
}

/** Only rows holding cells or symbols are visited; the rows between them are empty. */
function candidateRows(
  grid: SheetGrid,
  header: TableHeader,
  limit: number,
  symbolRows: Set<number>,
): number[] {
  return [
    ...new Set([
      ...grid.filledRowsBetween(header.bottom + 1, limit),
      ...[...symbolRows].filter((row) => row > header.bottom && row <= limit),
    ]),
  ].sort((a, b) => a - b);
}

function readRow(grid: SheetGrid, header: TableHeader, row: number): RowCells {
  const columns: Array<[Field, number | null]> = [
    ['activity', header.activity],
    ['requirements', header.requirements],
    ['time', header.time],
    ['output', header.output],
    ['notes', header.notes],
  ];
  const rawNumber = header.number === null ? '' : grid.text(row, header.number).trim();
  // A printed step number is short (`12`, `3.`, `X20.`); longer text there is a note, not a step.
  const numberText = /^[\p{L}\p{N}.)]{1,6}$/u.test(rawNumber) ? rawNumber : '';
  const texts = columns.map(
    ([field, col]) => [field, col === null ? '' : grid.text(row, col)] as const,
  );
  // Every sub-column of a lane: a mark or symbol may sit in the middle of three.
  const lanes = grid
    .rowCells(row)
    .filter(([col]) => header.lanes.some((lane) => col >= lane.col && col <= lane.right));
  // Arrows and exits written in a lane (`⬇`, `(TIDAK) ➡ Ke #3`) keep their row in the step above
  // but name no executor.
  const laneTexts = lanes.filter(([, text]) => !isFlowText(text));
  const hasText = rawNumber !== '' || texts.some(([, t]) => t.trim()) || lanes.length > 0;
  return { numberText, texts, laneTexts, hasText };
}

function newStep(row: number, numberText: string): StepRows {
  return {
    top: row,
    bottom: row,
    numberText,
    activity: '',
    requirements: '',
    time: '',
    output: '',
    notes: '',
    laneTexts: new Map(),
  };
}

/** A row's texts join the step's, one line each; the first mark in a lane is kept. */
function addRow(step: StepRows, row: number, cells: RowCells): void {
  step.bottom = row;
  for (const [field, text] of cells.texts) {
    const cleaned = cleanText(text);
    if (cleaned) step[field] = step[field] ? `${step[field]}\n${cleaned}` : cleaned;
  }
  for (const [col, text] of cells.laneTexts) {
    if (!step.laneTexts.has(col)) step.laneTexts.set(col, { text, row });
  }
}

function hasNumbers(grid: SheetGrid, header: TableHeader, limit: number): boolean {
  for (const row of grid.filledRowsBetween(header.bottom + 1, limit)) {
    if (parseStepNumber(grid.text(row, header.number ?? 0)) !== null) return true;
  }
  return false;
}

/** A step's number or activity cell merged down makes the step cover those rows. */
function mergedBottom(grid: SheetGrid, header: TableHeader, top: number): number {
  return Math.max(
    header.number === null ? top : grid.bottomEdge(top, header.number),
    grid.bottomEdge(top, header.activity),
  );
}

/** A Mutu Baku or Keterangan cell merged over several steps belongs to the first (docs/format.md). */
function warnSharedMerges(
  grid: SheetGrid,
  header: TableHeader,
  steps: StepRows[],
  report: ReportCollector,
): void {
  for (const col of [header.requirements, header.time, header.output, header.notes]) {
    if (col === null) continue;
    for (const [index, step] of steps.entries()) {
      const merge = grid.mergeAt(step.top, col);
      if (!merge || merge.top !== step.top) continue;
      // Steps are in row order: count the ones under the merge instead of scanning them all.
      let covered = 0;
      while ((steps[index + covered + 1]?.top ?? Infinity) <= merge.bottom) covered += 1;
      if (covered > 0) {
        report.warn(
          'loss',
          grid.name,
          cellAddress(merge.top, col),
          `Sel digabung sampai baris ${merge.bottom} dan mencakup ${covered + 1} langkah; isinya hanya dipakai untuk langkah pada baris ${step.top}.`,
        );
      }
    }
  }
}

/** Formula errors and formulas without a stored result are read as shown, and reported. */
function warnCellKinds(grid: SheetGrid, row: number, report: ReportCollector): void {
  for (const [col, cell] of grid.sheet.rows.get(row) ?? []) {
    if (cell.kind === 'error') {
      report.warn(
        'loss',
        grid.name,
        cellAddress(row, col),
        `Sel berisi galat rumus ${cell.text}; teksnya disalin apa adanya.`,
      );
    } else if (cell.kind === 'formula-empty') {
      report.warn(
        'loss',
        grid.name,
        cellAddress(row, col),
        'Sel berisi rumus tanpa hasil tersimpan; dibaca kosong. Buka dan simpan ulang berkas di Excel agar hasilnya tersimpan.',
      );
    }
  }
}
