// The step rows of one flowchart table: numbered rows start steps, rows without a number belong to
// the step above, merged cells keep rows together, spacer rows (page breaks) are skipped and
// repeated header rows are dropped. Each step keeps the rows it covers, for placing shapes.

import { cleanText, parseStepNumber } from './text';
import type { SheetGrid } from '../ooxml/grid';
import { isHeaderLikeRow, type TableHeader } from './header-read';
import type { ReportCollector } from './report';
import { cellAddress } from '../ooxml/sheet-read';

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

export type TableRows = { steps: StepRows[]; lastRow: number };

type Field = 'activity' | 'requirements' | 'time' | 'output' | 'notes';

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
): TableRows {
  const columns: Array<[Field, number | null]> = [
    ['activity', header.activity],
    ['requirements', header.requirements],
    ['time', header.time],
    ['output', header.output],
    ['notes', header.notes],
  ];
  const numbered = header.number !== null && hasNumbers(grid, header, limit);
  const steps: StepRows[] = [];
  let current: StepRows | null = null;
  let emptyRun = 0;
  let lastRow = header.bottom;
  // Only rows holding cells or symbols are visited; the rows between them are empty.
  const candidates = [
    ...new Set([
      ...grid.filledRowsBetween(header.bottom + 1, limit),
      ...[...symbolRows].filter((row) => row > header.bottom && row <= limit),
    ]),
  ].sort((a, b) => a - b);
  let previous = header.bottom;
  for (const row of candidates) {
    emptyRun += row - previous - 1;
    previous = row;
    if (repeatHeaders.some((h) => row >= h.top && row <= h.bottom)) continue;
    if (isHeaderLikeRow(grid, row)) {
      if (steps.length === 0) continue;
      // Another table under the flowchart (the narrative NO | PROSEDUR | PENANGGUNG JAWAB table).
      report.warn(
        grid.name,
        cellAddress(row, header.activity),
        `Tabel lain mulai di baris ${row} (misalnya tabel naratif); baris sesudahnya tidak dibaca sebagai langkah.`,
      );
      break;
    }
    const rawNumber = header.number === null ? '' : grid.text(row, header.number).trim();
    // A printed step number is short (`12`, `3.`, `X20.`); longer text there is a note, not a step.
    const numberText = /^[\p{L}\p{N}.)]{1,6}$/u.test(rawNumber) ? rawNumber : '';
    const texts = columns.map(
      ([field, col]) => [field, col === null ? '' : grid.text(row, col)] as const,
    );
    const laneTexts = header.lanes
      .map((lane) => [lane.col, grid.text(row, lane.col)] as const)
      .filter(([, text]) => text.trim() !== '');
    const hasText = rawNumber !== '' || texts.some(([, t]) => t.trim()) || laneTexts.length > 0;
    const hasSymbol = symbolRows.has(row);
    warnCellKinds(grid, row, report);
    if (!hasText && !hasSymbol) {
      emptyRun += 1;
      continue;
    }
    const insideMerge = current !== null && row <= mergedBottom(grid, header, current.top);
    const startsStep = numbered
      ? numberText !== '' && !insideMerge
      : !insideMerge && (texts[0]?.[1].trim() !== '' || (hasSymbol && current === null));
    if (emptyRun >= 2 && !startsStep && !hasSymbol) break; // text under the table, not a step
    emptyRun = 0;
    if (startsStep || current === null) {
      if (!startsStep) {
        report.warn(
          grid.name,
          cellAddress(row, header.activity),
          'Baris tanpa nomor di awal tabel dibaca sebagai langkah.',
        );
      }
      current = {
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
      steps.push(current);
    } else if (!insideMerge && texts.some(([, t]) => t.trim())) {
      report.warn(
        grid.name,
        cellAddress(row, header.number ?? header.activity),
        `Baris ${row} tanpa nomor digabungkan ke langkah di atasnya (baris ${current.top}).`,
      );
    }
    current.bottom = row;
    for (const [field, text] of texts) {
      const cleaned = cleanText(text);
      if (cleaned) current[field] = current[field] ? `${current[field]}\n${cleaned}` : cleaned;
    }
    for (const [col, text] of laneTexts) {
      if (!current.laneTexts.has(col)) current.laneTexts.set(col, { text, row });
    }
    lastRow = row;
  }
  for (const step of steps)
    step.bottom = Math.max(step.bottom, mergedBottom(grid, header, step.top));
  warnSharedMerges(grid, header, steps, report);
  return { steps, lastRow };
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

/** A Mutu Baku or Keterangan cell merged over several steps belongs to the first (FINDINGS §11.16). */
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
      const covered = steps.filter((s, i) => i > index && s.top <= merge.bottom).length;
      if (covered > 0) {
        report.warn(
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
        grid.name,
        cellAddress(row, col),
        `Sel berisi galat rumus ${cell.text}; teksnya disalin apa adanya.`,
      );
    } else if (cell.kind === 'formula-empty') {
      report.warn(
        grid.name,
        cellAddress(row, col),
        'Sel berisi rumus tanpa hasil tersimpan; dibaca kosong. Buka dan simpan ulang berkas di Excel agar hasilnya tersimpan.',
      );
    }
  }
}
