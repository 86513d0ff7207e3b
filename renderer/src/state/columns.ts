// The columns of the flowchart table in display order, as keys shared by the grid, copy/paste and
// the selection: No, Kegiatan, one per Pelaksana, Kelengkapan, Waktu, Output, Keterangan.

import { isExecutorMark } from '../../../shared/model';
import type { SopDocument, StepSymbol } from '../../../shared/model';
import { isStepTextField } from './actions/steps';
import type { StepTextField } from './actions/steps';

export type ExecutorColumnKey = `exec:${string}`;
export type ColumnKey = 'number' | StepTextField | ExecutorColumnKey;

export function executorColumnKey(executorId: string): ExecutorColumnKey {
  return `exec:${executorId}`;
}

export function executorIdOf(key: string): string | null {
  return key.startsWith('exec:') ? key.slice(5) : null;
}

export function columnKeys(doc: SopDocument): ColumnKey[] {
  return [
    'number',
    'activity',
    ...doc.executors.map((e) => executorColumnKey(e.id)),
    'requirements',
    'time',
    'output',
    'notes',
  ];
}

/** The word an executor cell copies as; `readExecutorCell` reads it back. */
export const SYMBOL_MARKS: Record<StepSymbol, string> = {
  terminator: 'Kapsul',
  process: 'Kotak',
  decision: 'Belah ketupat',
};

/** What a pasted executor cell holds: a symbol, nothing, or text that is no mark. */
export type ExecutorCellValue = StepSymbol | 'empty' | 'text';

/**
 * Reads an executor cell pasted from elsewhere: the marks of workbooks (`X`, `v`, `√`, `✓`, `1`,
 * the importer's list) mean a process; the symbol words the editor copies name their symbol.
 * Any other text is text: it never turns into a symbol.
 */
export function readExecutorCell(cell: string): ExecutorCellValue {
  const text = cell.trim();
  if (text === '') return 'empty';
  if (isExecutorMark(text)) return 'process';
  const word = text.toLowerCase();
  const named = (Object.keys(SYMBOL_MARKS) as StepSymbol[]).find(
    (symbol) => SYMBOL_MARKS[symbol].toLowerCase() === word,
  );
  return named ?? 'text';
}

/** What a cell copies as: the row number, the text, or the symbol word of an executor cell. */
export function cellText(doc: SopDocument, index: number, key: string): string {
  const step = doc.steps[index];
  if (!step) return '';
  if (key === 'number') return String(index + 1);
  const executorId = executorIdOf(key);
  if (executorId !== null)
    return step.executors.includes(executorId) ? SYMBOL_MARKS[step.symbol] : '';
  return isStepTextField(key) ? step[key] : '';
}

/** The cells of rows `rowStart..rowEnd` and the given columns, ready for `toTsv`. */
export function rangeCells(
  doc: SopDocument,
  rowStart: number,
  rowEnd: number,
  keys: readonly string[],
): string[][] {
  const rows: string[][] = [];
  for (let i = rowStart; i <= Math.min(rowEnd, doc.steps.length - 1); i += 1) {
    rows.push(keys.map((key) => cellText(doc, i, key)));
  }
  return rows;
}
