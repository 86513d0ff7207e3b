// Symbols drawn as styled cells, the layout web SOP builders export: in an executor lane (often
// three merged sub-columns) a step's symbol is a cell with a border or a fill holding the
// activity text, or START/END in a terminator; the rows between steps hold `⬇`, and a decision's
// exits are written as `(YA) ⬇` and `(TIDAK) ➡ Ke #n` (flow-text.ts).

import type { StepSymbol } from '../../../shared/model';
import { isExecutorMark, normalizeLabel } from '../../../shared/model';
import { hasBorder } from '../ooxml/cell-style';
import type { SheetGrid } from '../ooxml/grid';
import { cellAddress } from '../ooxml/sheet-read';
import type { StepFlow } from './flow-read';
import { parseFlowText, type FlowText } from './flow-text';
import type { Lane, TableHeader } from './header-read';
import type { ReportCollector } from './report';
import type { StepRows } from './table-read';
import { cleanText, parseStepNumber } from '../../../shared/import/text';

/** What a step's rows hold in its executor lanes. */
type LaneContent = {
  symbols: Array<{ lane: number; text: string }>;
  marks: number[];
  /** Unstyled text that is not a known mark: still read as the executor, and reported. */
  odd: Array<{ row: number; col: number; text: string }>;
  flows: Array<{ lane: number; row: number; col: number; phrase: FlowText }>;
};

const TERMINATOR_WORDS = new Set(['start', 'end', 'mulai', 'selesai']);
const DEFAULT_YES = new Set(['ya', 'y']);
const DEFAULT_NO = new Set(['tidak', 't', 'tdk']);

/**
 * Each step's flow from styled cells, or null when the table's lanes are not drawn so: no styled
 * symbol, or fewer steps with one than steps with only marks (a table with grid lines whose lanes
 * hold marks, and a word here and there, is a table of marks).
 */
export function readCellSymbols(
  grid: SheetGrid,
  header: TableHeader,
  steps: StepRows[],
  report: ReportCollector,
): StepFlow[] | null {
  const contents = steps.map((step) => laneContent(grid, header, step));
  const styled = contents.filter((content) => content.symbols.length > 0).length;
  const marked = contents.filter((c) => c.symbols.length === 0 && c.marks.length > 0).length;
  if (styled === 0 || styled < marked) return null;
  report.note(
    `Simbol dibaca dari sel bergaris atau berwarna di kolom pelaksana (lembar "${grid.name}"); panah dan cabang keputusan dari teks seperti "⬇" dan "(TIDAK) ➡ Ke #n".`,
  );
  const indexOfNumber = printedNumbers(steps);
  return steps.map((step, index) => {
    const content = contents[index] as LaneContent;
    const flow = stepFlow(content, contents[index - 1]);
    const where = { grid, cell: cellAddress(step.top, header.activity), index, report };
    for (const odd of content.odd) {
      report.warn(
        'note',
        grid.name,
        cellAddress(odd.row, odd.col),
        `Isi sel pelaksana "${odd.text.trim().slice(0, 40)}" tanpa garis atau warna dan bukan tanda yang dikenal; tetap dibaca sebagai pelaksana.`,
      );
    }
    if (flow.lanes.length === 0) {
      report.warn(
        'loss',
        grid.name,
        where.cell,
        `Langkah ${index + 1} (baris ${step.top}) tidak memiliki simbol maupun tanda pelaksana.`,
      );
    } else if (content.symbols.length === 0) {
      report.warn(
        'loss',
        grid.name,
        where.cell,
        `Langkah ${index + 1} (baris ${step.top}) tidak memiliki sel simbol; pelaksana dibaca dari tanda di sel, simbol dianggap kotak.`,
      );
    }
    if (flow.symbol === 'decision') readExits(flow, content, indexOfNumber, where);
    else warnJumps(content, where);
    return flow;
  });
}

/** The symbol cells, marks and flow texts in a step's rows, lane by lane. */
function laneContent(grid: SheetGrid, header: TableHeader, step: StepRows): LaneContent {
  const content: LaneContent = { symbols: [], marks: [], odd: [], flows: [] };
  for (const row of grid.filledRowsBetween(step.top, step.bottom)) {
    for (const [col, text] of grid.rowCells(row)) {
      const lane = header.lanes.find((l: Lane) => col >= l.col && col <= l.right);
      if (!lane) continue;
      const phrases = parseFlowText(text);
      if (phrases) {
        for (const phrase of phrases) content.flows.push({ lane: lane.col, row, col, phrase });
      } else if (isExecutorMark(text)) {
        content.marks.push(lane.col);
      } else if (isStyled(grid, row, col)) {
        content.symbols.push({ lane: lane.col, text: cleanText(text) });
      } else {
        content.marks.push(lane.col);
        content.odd.push({ row, col, text });
      }
    }
  }
  return content;
}

function isStyled(grid: SheetGrid, row: number, col: number): boolean {
  const look = grid.look(row, col);
  return look.fill !== null || hasBorder(look.border);
}

/**
 * The step's lanes, the one the arrow above enters first (a `⬇` in the previous step's rows, in a
 * lane this step has), then left to right; its symbol from the cell texts and exits.
 */
function stepFlow(content: LaneContent, previous: LaneContent | undefined): StepFlow {
  const source = content.symbols.length > 0 ? content.symbols.map((s) => s.lane) : content.marks;
  const lanes = [...new Set(source)].sort((a, b) => a - b);
  const entry = previous?.flows.find((f) => f.phrase.down && lanes.includes(f.lane))?.lane;
  const activity = content.symbols.find((s) => !TERMINATOR_WORDS.has(normalizeLabel(s.text)));
  return {
    lanes: entry === undefined ? lanes : [entry, ...lanes.filter((lane) => lane !== entry)],
    symbol: symbolOf(content),
    yes: null,
    no: null,
    labels: null,
    marked: lanes.length > 0,
    ...(activity ? { symbolText: activity.text } : {}),
  };
}

/**
 * Terminator when a symbol says START/END/MULAI/SELESAI; decision when the step's rows write a
 * Ya/Tidak exit or its text asks a question; process otherwise.
 */
function symbolOf(content: LaneContent): StepSymbol {
  const texts = content.symbols.map((s) => s.text);
  if (texts.some((text) => TERMINATOR_WORDS.has(normalizeLabel(text)))) return 'terminator';
  const exits = content.flows.some((f) => f.phrase.side !== null);
  if (exits || texts.some((text) => text.trimEnd().endsWith('?'))) return 'decision';
  return 'process';
}

/** Printed step number → step index (steps numbered by their order when none is printed). */
function printedNumbers(steps: StepRows[]): (n: number) => number | null {
  const byNumber = new Map<number, number>();
  steps.forEach((step, index) => {
    const n = parseStepNumber(step.numberText);
    if (n !== null && !byNumber.has(n)) byNumber.set(n, index);
  });
  return (n) => {
    if (byNumber.size > 0) return byNumber.get(n) ?? null;
    return n >= 1 && n <= steps.length ? n - 1 : null;
  };
}

type Where = { grid: SheetGrid; cell: string; index: number; report: ReportCollector };

/** A decision's two exits: the side each label names, `Ke #n` its target, else the next step. */
function readExits(
  flow: StepFlow,
  content: LaneContent,
  indexOf: (n: number) => number | null,
  where: Where,
): void {
  const { grid, cell, index, report } = where;
  const name = `Keputusan pada langkah ${index + 1}`;
  const exits = content.flows.filter((f) => f.phrase.side !== null || f.phrase.target !== null);
  const yes = exits.find((f) => f.phrase.side === 'yes');
  let no = exits.find((f) => f.phrase.side === 'no');
  if (!no) {
    no = exits.find((f) => f.phrase.side === null && f !== yes);
    report.warn(
      no ? 'note' : 'loss',
      grid.name,
      no ? cellAddress(no.row, no.col) : cell,
      no
        ? `${name}: cabang tanpa label Ya/Tidak dibaca sebagai Tidak.`
        : `${name}: cabang Tidak tidak tertulis; dianggap ke langkah berikutnya.`,
    );
  }
  const target = (exit: typeof yes): number | null => {
    const n = exit?.phrase.target ?? null;
    if (n === null || !exit) return null;
    const at = indexOf(n);
    if (at === null) {
      report.warn(
        'loss',
        grid.name,
        cellAddress(exit.row, exit.col),
        `${name} menuju langkah nomor ${n}, yang tidak ada; dianggap ke langkah berikutnya.`,
      );
    }
    return at;
  };
  flow.yes = target(yes);
  flow.no = target(no);
  flow.labels = customLabels(yes?.phrase.label ?? '', no?.phrase.label ?? '');
  const [yesLabel, noLabel] = flow.labels ?? ['Ya', 'Tidak'];
  const to = (exit: number | null): string =>
    exit === null ? 'langkah berikutnya' : `langkah ${exit + 1}`;
  report.note(
    `Keputusan langkah ${index + 1}: ${yesLabel} → ${to(flow.yes)}, ${noLabel} → ${to(flow.no)}.`,
  );
}

/** Exit labels other than Ya/Tidak (and their short forms Y/T) are kept; null means Ya/Tidak. */
function customLabels(yes: string, no: string): [string, string] | null {
  const custom =
    (yes !== '' && !DEFAULT_YES.has(normalizeLabel(yes))) ||
    (no !== '' && !DEFAULT_NO.has(normalizeLabel(no)));
  return custom ? [yes || 'Ya', no || 'Tidak'] : null;
}

/** Only decisions branch: a `Ke #n` on another step is reported and not kept. */
function warnJumps(content: LaneContent, where: Where): void {
  for (const { phrase, row, col } of content.flows) {
    if (phrase.target === null) continue;
    where.report.warn(
      'loss',
      where.grid.name,
      cellAddress(row, col),
      `Panah dari langkah ${where.index + 1} ke langkah nomor ${phrase.target} tidak disimpan: hanya keputusan yang boleh bercabang, alur lain mengikuti urutan langkah.`,
    );
  }
}
