// The executors and steps of one SOP from its table pages: executors by the names under
// *Pelaksana* (the header repeats on every page), one step per numbered or drawn row, rows broken
// over a page joined to their step, and each step's symbol and executors from what its row holds.

import {
  compactLabel,
  emptyStep,
  STEP_TEXT_FIELDS,
  type Executor,
  type Step,
} from '../../../../shared/model';
import type { PageTable, PlacedSymbol, TableRow } from './page-table';
import type { PageReport } from './report';

export type ReadSteps = {
  executors: Executor[];
  steps: Step[];
  /** The step each drawn step symbol belongs to (by index in `steps`). */
  stepOf: Map<PlacedSymbol, number>;
};

const STEP_KINDS = new Set(['terminator', 'process', 'decision']);

const SYMBOL_NAMES: Record<Step['symbol'], string> = {
  terminator: 'kapsul',
  process: 'kotak',
  decision: 'belah ketupat',
};

export function readSteps(
  tables: readonly PageTable[],
  entering: ReadonlySet<PlacedSymbol>,
  report: PageReport,
): ReadSteps {
  const executors: Executor[] = [];
  const steps: Step[] = [];
  const stepOf = new Map<PlacedSymbol, number>();
  let previousNumber: number | null = null;
  for (const table of tables) {
    const laneIds = table.lanes.map((lane) => executorId(executors, lane.title));
    for (const row of table.rows) {
      const drawn = row.symbols.filter((s) => STEP_KINDS.has(s.kind));
      const hasText = Object.values(row.cells).some((v) => v !== undefined && v !== '');
      const last = steps[steps.length - 1];
      if (row.number === null && drawn.length === 0 && row.marks.length === 0) {
        if (hasText && last) continueStep(last, row, table, report);
        continue;
      }
      const step = newStep(`s${steps.length + 1}`, row, drawn, laneIds, entering);
      checkNumber(row, steps.length + 1, previousNumber, table, report);
      previousNumber = row.number ?? previousNumber;
      if (step.executors.length === 0) {
        report.warn(
          'loss',
          table.page.number,
          { x: table.frame.box.x0, y: row.top },
          `Langkah ${steps.length + 1} tidak memiliki simbol atau tanda di kolom pelaksana; diimpor sebagai kotak tanpa pelaksana.`,
        );
      }
      drawn.forEach((symbol) => stepOf.set(symbol, steps.length));
      steps.push(step);
    }
  }
  return { executors, steps, stepOf };
}

/** The executor with this name (the header repeats on every page), added when new. */
function executorId(executors: Executor[], name: string): string {
  const key = compactLabel(name);
  const found = executors.find((e) => compactLabel(e.name) === key);
  if (found) return found.id;
  const executor = { id: `e${executors.length + 1}`, name };
  executors.push(executor);
  return executor.id;
}

function newStep(
  id: string,
  row: TableRow,
  drawn: readonly PlacedSymbol[],
  laneIds: readonly string[],
  entering: ReadonlySet<PlacedSymbol>,
): Step {
  // The flow enters a joint activity at its first executor.
  const ordered = [...drawn].sort(
    (a, b) => Number(entering.has(b)) - Number(entering.has(a)) || a.box.x0 - b.box.x0,
  );
  const step = emptyStep(id, stepSymbol(drawn));
  const lanes = ordered.length > 0 ? ordered.flatMap((s) => s.lanes) : row.marks;
  step.executors = [...new Set(lanes.map((lane) => laneIds[lane]!))];
  step.activity = row.cells.activity ?? '';
  step.requirements = row.cells.requirements ?? '';
  step.time = row.cells.time ?? '';
  step.output = row.cells.output ?? '';
  step.notes = row.cells.notes ?? '';
  return step;
}

/**
 * A row's symbol: a decision when it holds one, else a capsule (a start or end capsule drawn
 * beside the activity's box is that step's), else a box.
 */
function stepSymbol(drawn: readonly PlacedSymbol[]): Step['symbol'] {
  if (drawn.some((s) => s.kind === 'decision')) return 'decision';
  if (drawn.some((s) => s.kind === 'terminator')) return 'terminator';
  return 'process';
}

/** A row without number or symbol that holds text: the rest of the step above, split by a page break. */
function continueStep(step: Step, row: TableRow, table: PageTable, report: PageReport): void {
  for (const field of STEP_TEXT_FIELDS) {
    const more = row.cells[field];
    if (!more) continue;
    step[field] = step[field] === '' ? more : `${step[field]} ${more}`;
  }
  report.warn(
    'note',
    table.page.number,
    { x: table.frame.box.x0, y: row.top },
    'Baris tanpa nomor dan simbol dibaca sebagai lanjutan langkah sebelumnya.',
  );
}

function checkNumber(
  row: TableRow,
  position: number,
  previous: number | null,
  table: PageTable,
  report: PageReport,
): void {
  const expected = previous === null ? null : previous + 1;
  if (row.number === null || (expected !== null && row.number !== expected)) {
    report.warn(
      'note',
      table.page.number,
      { x: table.frame.box.x0, y: row.top },
      row.number === null
        ? `Baris tanpa nomor dibaca sebagai langkah ${position}.`
        : `Nomor ${row.number} tidak berurutan; dibaca sebagai langkah ${position}.`,
    );
  }
}

/** `3 kapsul/kotak/belah ketupat` counts for the report. */
export function symbolSummary(steps: readonly Step[]): string {
  const counts = new Map<string, number>();
  for (const step of steps) {
    const name = SYMBOL_NAMES[step.symbol];
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => `${count} ${name}`).join(', ');
}
