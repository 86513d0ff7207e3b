// What a paste becomes before it touches the document: the block's columns mapped to the table's,
// and its rows as steps in the document's terms (texts by field, marks by executor).

import type { StepSymbol, TimeUnit } from '../../../../shared/model';
import type { StepTextField } from '../actions/steps';
import type { ColumnKey } from '../columns';

/** Where a paste lands: the focused step and column, or (null) the end of the table. */
export type PasteTarget = { index: number; column: ColumnKey } | null;

/** One pasted row: the texts it writes and the executors its marks place, with their symbol. */
export type PastedStep = {
  texts: Partial<Record<StepTextField, string>>;
  executors: string[];
  symbol: StepSymbol | null;
};

/** A block column that is not pasted, and why: its title, or the table it came from. */
export type LeftOutColumn =
  { leftOut: 'header'; label: string } | { leftOut: 'executors' } | { leftOut: 'beyond' };

/** Where one column of the block goes; the No column (`number`) is dropped without a word. */
export type ColumnTarget = ColumnKey | LeftOutColumn;

/** The block's data rows (titles removed) and where each of their columns goes. */
export type BlockColumns = {
  rows: string[][];
  targets: ColumnTarget[];
  /** The unit a `Waktu (menit)` title gives bare numbers in the time column. */
  timeUnit: TimeUnit | null;
  byHeader: boolean;
};

/** What a paste leaves out, for the notice that says so. */
export type LeftOut = {
  /** Titles of columns that name nothing in this SOP ('' for a column without title). */
  headers: string[];
  /** Executor columns of a table with another number of executors. */
  executorColumns: number;
  /** Columns beyond the table's text columns. */
  beyondColumns: number;
  /** Texts that stood in executor columns: only marks become symbols. */
  textInExecutor: number;
};

export type PastePlan =
  /** A single value into the focused cell, as it always was. */
  | { kind: 'cell'; index: number; column: ColumnKey; text: string }
  /** Rows into steps from `at`: empty steps are filled, the rest inserted there. */
  | {
      kind: 'steps';
      at: number;
      steps: PastedStep[];
      /** The table columns that received something, in table order. */
      columns: ColumnKey[];
      byHeader: boolean;
      leftOut: LeftOut;
    }
  /** Refused: the SOP would pass its step limit with `count` steps. */
  | { kind: 'too-many'; count: number };

export type StepsPlan = Extract<PastePlan, { kind: 'steps' }>;
