// The columns of the flowchart table in display order, as keys shared by the grid, copy/paste and
// the selection: No, Kegiatan, one per Pelaksana, Kelengkapan, Waktu, Output, Keterangan.

import type { SopDocument, StepSymbol } from '../../../shared/model';
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

/** The word an executor cell copies as; `symbolFromMark` reads it back. */
export const SYMBOL_MARKS: Record<StepSymbol, string> = {
  terminator: 'Kapsul',
  process: 'Kotak',
  decision: 'Belah ketupat',
};

/**
 * Reads an executor cell pasted from elsewhere: the marks of older workbooks (`X`, `v`, `√`, `1`)
 * mean a process; the words and keys of the editor name the other symbols; empty means none.
 */
export function symbolFromMark(mark: string): StepSymbol | null {
  const text = mark.trim().toLowerCase();
  if (text === '') return null;
  if (/^(t|3|kapsul|terminator|mulai|selesai)$/.test(text)) return 'terminator';
  if (/^(k|2|keputusan|belah ketupat|decision)$/.test(text)) return 'decision';
  return 'process';
}
