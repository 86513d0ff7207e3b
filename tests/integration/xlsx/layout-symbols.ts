// The steps of a generated flowchart table in one of three symbol encodings: drawn shapes (with
// connectors and Ya/Tidak text boxes for decisions), marks in the lanes, or styled cells as web
// SOP builders export them (bordered, filled symbol cells; `⬇` rows between steps; decision exits
// written as `(YA) ⬇` and `(TIDAK) ➡ Ke #n`).

import type { SopDocument, Step } from '../../../shared/model';
import type { SheetWriter } from './sheet-writer';
import type { CellLookSpec, ShapeSpec } from './workbook-builder';

export type SymbolEncoding = 'shapes' | 'marks' | 'styled';
export type DecisionEncoding = 'none' | 'drawn';

export type StepLayout = {
  symbols: SymbolEncoding;
  decisions: DecisionEncoding;
  laneWidth: 1 | 3;
};

/** 0-based columns of the table. */
export type TableColumns = { laneCol: (lane: number) => number; quality: number; notes: number };

const SHAPE_PRESETS: Record<Step['symbol'], string> = {
  terminator: 'flowChartTerminator',
  process: 'flowChartProcess',
  decision: 'flowChartDecision',
};

const MARKS = ['X', 'v', '√'];
const LOOKS: CellLookSpec[] = ['boxed-filled', 'filled', 'boxed'];
const START_WORDS = ['START', 'MULAI'];
const END_WORDS = ['END', 'SELESAI'];
/** Exit label spellings seen in the field: bracketed or bare. */
const SIDE_WORDS: Array<[string, string]> = [
  ['(YA)', '(TIDAK)'],
  ['(Ya)', '(Tidak)'],
  ['Y', 'T'],
];

/** A drawn symbol: its shape id and 0-based cell. */
type Placed = { id: number; col: number; row: number };

export function writeSteps(
  w: SheetWriter,
  doc: SopDocument,
  layout: StepLayout,
  columns: TableColumns,
): void {
  const laneOf = new Map(doc.executors.map((e, i) => [e.id, i]));
  const middle = (executor: string | undefined): number =>
    columns.laneCol(laneOf.get(executor ?? '') ?? 0) + (layout.laneWidth - 1) / 2;
  const placed: Placed[][] = [];
  doc.steps.forEach((step, index) => {
    const r = w.row++;
    w.put(0, r, index + 1);
    w.put(1, r, activityCell(step, layout));
    placed.push(
      step.executors.map((executor) => {
        const c = columns.laneCol(laneOf.get(executor) ?? 0);
        return writeSymbol(w, doc, index, c, r, layout);
      }),
    );
    w.put(columns.quality, r, step.requirements);
    w.put(columns.quality + 1, r, step.time);
    w.put(columns.quality + 2, r, step.output);
    w.put(columns.notes, r, step.notes);
    if (layout.symbols === 'styled') writeArrowRow(w, doc, index, layout, middle);
  });
  if (layout.symbols === 'shapes' && layout.decisions === 'drawn') {
    doc.steps.forEach((step, index) => {
      if (step.symbol === 'decision') writeExitConnectors(w, doc, index, placed);
    });
  }
}

function writeSymbol(
  w: SheetWriter,
  doc: SopDocument,
  index: number,
  c: number,
  r: number,
  layout: StepLayout,
): Placed {
  const step = doc.steps[index] as Step;
  const middle = c + (layout.laneWidth - 1) / 2;
  const id = w.shapes.length + 1;
  if (layout.symbols === 'marks') {
    w.put(c, r, MARKS[index % MARKS.length] ?? 'X');
    w.merge(c, r, c + layout.laneWidth - 1, r);
  } else if (layout.symbols === 'styled') {
    const cell = {
      text: symbolText(doc, index, layout),
      look: LOOKS[index % LOOKS.length] ?? 'boxed',
    };
    // Either merged across the lane or in its middle sub-column, as builders differ.
    if (layout.laneWidth === 3 && index % 2 === 0) {
      w.put(c, r, cell);
      w.merge(c, r, c + 2, r);
    } else {
      w.put(middle, r, cell);
    }
  } else {
    w.shapes.push({
      id,
      prst: SHAPE_PRESETS[step.symbol],
      from: [middle, r - 1, 300_000, 40_000],
      to: [middle, r - 1, 1_000_000, 150_000],
    });
  }
  return { id, col: middle, row: r - 1 };
}

/**
 * Some builders write the activity only in its symbol: here the one-column styled lanes with
 * drawn exits leave Kegiatan empty but for START/END rows.
 */
function activityCell(step: Step, layout: StepLayout): string {
  const onlyInSymbol =
    layout.symbols === 'styled' &&
    layout.laneWidth === 1 &&
    layout.decisions === 'drawn' &&
    step.symbol !== 'terminator';
  return onlyInSymbol ? '' : step.activity;
}

/** START/END in terminators, the activity in other symbols (a question without drawn exits). */
function symbolText(doc: SopDocument, index: number, layout: StepLayout): string {
  const step = doc.steps[index] as Step;
  const variant = index % 2;
  if (step.symbol === 'terminator') {
    return (index === 0 ? START_WORDS[variant] : END_WORDS[variant]) ?? 'START';
  }
  if (step.symbol === 'decision' && layout.decisions === 'none') {
    return step.activity.trimEnd().endsWith('?') ? step.activity : `${step.activity}?`;
  }
  return step.activity;
}

/**
 * The row under a styled step: a decision's exits in its lane (the one going down in the middle
 * sub-column, the other beside it, or both on lines of one cell in a one-column lane), and `⬇`
 * into the next step's first lane.
 */
function writeArrowRow(
  w: SheetWriter,
  doc: SopDocument,
  index: number,
  layout: StepLayout,
  middle: (executor: string | undefined) => number,
): void {
  const step = doc.steps[index] as Step;
  const lines = new Map<number, string[]>();
  const add = (col: number, text: string): void => {
    lines.set(col, [...(lines.get(col) ?? []), text]);
  };
  if (step.symbol === 'decision' && layout.decisions === 'drawn') {
    const own = middle(step.executors[0]);
    const beside = layout.laneWidth === 3 ? own + 1 : own;
    const exits = exitPhrases(doc, index);
    const down = exits.filter((exit) => exit.down);
    const jumps = exits.filter((exit) => !exit.down);
    for (const [i, exit] of [...down, ...jumps].entries()) add(i === 0 ? own : beside, exit.text);
  }
  const next = doc.steps[index + 1];
  if (next) {
    const entry = middle(next.executors[0]);
    if (!lines.has(entry)) add(entry, index % 2 === 0 ? '⬇' : '↓');
  }
  if (lines.size === 0) return;
  const r = w.row++;
  for (const [col, texts] of lines) w.put(col, r, texts.join('\n'));
}

/** `(YA) ⬇`, `(TIDAK) ➡ Ke #n`: each exit's label, arrow and printed target. */
function exitPhrases(doc: SopDocument, index: number): Array<{ text: string; down: boolean }> {
  const step = doc.steps[index] as Step;
  const words = SIDE_WORDS[index % SIDE_WORDS.length] ?? ['(YA)', '(TIDAK)'];
  const labels = step.labels ? step.labels.map((label) => `(${label})`) : words;
  return (['yes', 'no'] as const).map((side, i) => {
    const target = targetIndex(doc, index, step[side]);
    const label = labels[i] ?? '';
    if (target === null) return { text: `${label} ${index % 2 ? '↓' : '⬇'}`, down: true };
    const arrow = target > index ? '➡' : '⬅';
    return { text: `${label} ${arrow} Ke #${target + 1}`, down: false };
  });
}

/** An exit's target step index; null for the next step. */
function targetIndex(doc: SopDocument, index: number, target: string | null): number | null {
  if (target === null) return null;
  const at = doc.steps.findIndex((s) => s.id === target);
  return at < 0 || at === index + 1 ? null : at;
}

/**
 * A decision's exits as connectors glued from its shape to the targets' shapes: Ya from the
 * bottom, Tidak from the right side, each with its label in a text box where it starts. An exit
 * to the decision itself or past the last step has nothing to glue to and is not drawn.
 */
function writeExitConnectors(
  w: SheetWriter,
  doc: SopDocument,
  index: number,
  placed: Placed[][],
): void {
  const step = doc.steps[index] as Step;
  const [yesLabel, noLabel] = step.labels ?? ['Ya', 'Tidak'];
  const from = placed[index]?.[0];
  if (!from) return;
  const exits = [
    { target: targetIndex(doc, index, step.yes) ?? index + 1, label: yesLabel, bottom: true },
    { target: targetIndex(doc, index, step.no) ?? index + 1, label: noLabel, bottom: false },
  ];
  for (const exit of exits) {
    const to = placed[exit.target]?.[0];
    if (!to || exit.target === index) continue;
    const start: Marker = exit.bottom
      ? [from.col, 650_000, from.row, 150_000]
      : [from.col, 1_000_000, from.row, 95_000];
    const end: Marker = exit.bottom
      ? [to.col, 650_000, to.row, 40_000]
      : [to.col, 1_000_000, to.row, 95_000];
    w.shapes.push(connector(w.shapes.length + 1, from.id, to.id, start, end));
    const box: [number, number, number, number] = exit.bottom
      ? [700_000, 152_000, 950_000, 188_000]
      : [1_050_000, 20_000, 1_300_000, 80_000];
    w.shapes.push({
      id: w.shapes.length + 1,
      textBox: true,
      text: exit.label,
      from: [from.col, from.row, box[0], box[1]],
      to: [from.col, from.row, box[2], box[3]],
    });
  }
}

/** A point on the sheet: 0-based column, offset, 0-based row, offset (EMU). */
type Marker = [number, number, number, number];

/** A straight connector from `start` to `end`, flipped as Excel writes one drawn left or up. */
function connector(
  id: number,
  startId: number,
  endId: number,
  start: Marker,
  end: Marker,
): ShapeSpec {
  const before = (a: number, ao: number, b: number, bo: number): boolean =>
    a < b || (a === b && ao <= bo);
  const leftFirst = before(start[0], start[1], end[0], end[1]);
  const topFirst = before(start[2], start[3], end[2], end[3]);
  const [l, r] = leftFirst ? [start, end] : [end, start];
  const [t, b] = topFirst ? [start, end] : [end, start];
  return {
    id,
    type: 'cxnSp',
    prst: 'straightConnector1',
    start: startId,
    end: endId,
    from: [l[0], t[2], l[1], t[3]],
    to: [r[0], b[2], r[1], b[3]],
    flipH: !leftFirst,
    flipV: !topFirst,
  };
}
