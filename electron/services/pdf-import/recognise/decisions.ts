// The flow between steps from the pages' connectors: arrows through off-page connector pairs are
// followed to the step they reach; each decision's two exits get their targets and labels
// (docs/format.md §3.2: `yes`/`no` hold a step id, null for the next step; `labels` a custom pair).

import { exitSideOfLabel, type ExitSide, type Step } from '../../../../shared/model';
import type { PdfPoint } from '../page';
import { distanceToPiece, type Piece } from './geometry';
import type { FlowEdge, PageFlow } from './flow';
import type { LooseText, PageTable, PlacedSymbol } from './page-table';
import type { PageReport } from './report';

/** How far from where an exit leaves its decision its label may stand (points). */
const LABEL_REACH = 40;

type Exit = { target: number | null; label: string; at: PdfPoint; path: readonly Piece[] };

export type FlowInput = {
  tables: readonly PageTable[];
  flows: readonly PageFlow[];
  stepOf: ReadonlyMap<PlacedSymbol, number>;
};

/** Symbols an arrow from another row enters: the first executor of a joint activity. */
export function enteredSymbols(flows: readonly PageFlow[]): Set<PlacedSymbol> {
  const fromElsewhere = (e: FlowEdge) => e.from.row !== e.to.row || e.from.page !== e.to.page;
  return new Set(flows.flatMap((f) => f.edges.filter(fromElsewhere).map((e) => e.to)));
}

export function applyFlow(steps: Step[], input: FlowInput, report: PageReport): void {
  const edges = input.flows.flatMap((f) => f.edges);
  const resolve = stepResolver(edges, input.stepOf);
  const outgoing = new Map<number, FlowEdge[]>();
  for (const edge of edges) {
    const from = input.stepOf.get(edge.from);
    // An arrow between the symbols of one step (a joint activity) is no exit of it.
    if (from === undefined || input.stepOf.get(edge.to) === from) continue;
    outgoing.set(from, [...(outgoing.get(from) ?? []), edge]);
  }
  // Each step's symbol to report at: its decision when it has one.
  const bySymbol = [...input.stepOf].sort(
    ([a], [b]) => Number(a.kind === 'decision') - Number(b.kind === 'decision'),
  );
  const symbolOf = new Map(bySymbol.map(([symbol, step]) => [step, symbol]));
  steps.forEach((step, index) => {
    const leaving = outgoing.get(index) ?? [];
    const page = symbolOf.get(index)?.page ?? 0;
    const table = input.tables.find((t) => t.page.number === page);
    if (step.symbol === 'decision') {
      const exits = leaving.map((edge) => ({
        target: resolve(edge.to),
        label: '',
        at: edge.start,
        path: edge.path,
      }));
      labelExits(exits, table?.labels ?? []);
      const symbol = symbolOf.get(index);
      const where = symbol ? { x: symbol.box.x0, y: symbol.box.y0 } : null;
      setExits(step, index, steps, exits, { page, at: where }, report);
    } else {
      checkPlainFlow(step, index, steps.length, leaving, resolve, report);
    }
  });
}

/** The step an arrow reaches: its own symbol's, or through an off-page pair the one beyond. */
function stepResolver(
  edges: readonly FlowEdge[],
  stepOf: ReadonlyMap<PlacedSymbol, number>,
): (symbol: PlacedSymbol) => number | null {
  const leavingOffpage = edges.filter((e) => e.from.kind === 'offpage');
  const resolve = (symbol: PlacedSymbol, seen: Set<PlacedSymbol>): number | null => {
    const step = stepOf.get(symbol);
    if (step !== undefined) return step;
    if (symbol.kind !== 'offpage' || seen.has(symbol)) return null;
    seen.add(symbol);
    const partner = leavingOffpage.find(
      (e) =>
        e.from.page !== symbol.page &&
        !seen.has(e.from) &&
        (symbol.text === '' || e.from.text === symbol.text),
    );
    return partner ? resolve(partner.to, seen) : null;
  };
  return (symbol) => resolve(symbol, new Set());
}

/** How close to an exit's line a label must stand to name it (points). */
const ON_LINE = 10;

/**
 * Each exit takes its label: a text standing on its line (`—Tidak—`), else the nearest text to
 * where it leaves the decision. A label names one exit.
 */
function labelExits(exits: Exit[], labels: readonly LooseText[]): void {
  const used = new Set<LooseText>();
  for (const exit of exits) {
    const onLine = nearest(labels, used, (label) => distanceToPath(label, exit.path), ON_LINE);
    const best =
      onLine ?? nearest(labels, used, (label) => boxDistance(label, exit.at), LABEL_REACH);
    if (best) {
      used.add(best);
      exit.label = best.text;
    }
  }
}

function nearest(
  labels: readonly LooseText[],
  used: ReadonlySet<LooseText>,
  distance: (label: LooseText) => number,
  reach: number,
): LooseText | null {
  let best: LooseText | null = null;
  let bestDistance = reach;
  for (const label of labels) {
    if (used.has(label)) continue;
    const d = distance(label);
    if (d < bestDistance) {
      best = label;
      bestDistance = d;
    }
  }
  return best;
}

function boxDistance(label: LooseText, p: PdfPoint): number {
  const dx = Math.max(label.box.x0 - p.x, 0, p.x - label.box.x1);
  const dy = Math.max(label.box.y0 - p.y, 0, p.y - label.box.y1);
  return Math.hypot(dx, dy);
}

/** From the label's middle to the exit's line. */
function distanceToPath(label: LooseText, path: readonly Piece[]): number {
  const middle = { x: (label.box.x0 + label.box.x1) / 2, y: (label.box.y0 + label.box.y1) / 2 };
  return Math.min(Infinity, ...path.map((piece) => distanceToPiece(middle, piece)));
}

function setExits(
  step: Step,
  index: number,
  steps: readonly Step[],
  exits: Exit[],
  place: { page: number; at: PdfPoint | null },
  report: PageReport,
): void {
  const { page } = place;
  const at = exits[0]?.at ?? place.at;
  if (exits.length > 2) {
    report.warn(
      'loss',
      page,
      at,
      `Langkah ${index + 1}: keputusan dengan ${exits.length} cabang; dua yang pertama dipakai.`,
    );
  }
  const [yes, no] = sortExits(twoExits(exits, index), index);
  const target = (exit: Exit | undefined) =>
    exit?.target === undefined || exit.target === null || exit.target === index + 1
      ? null
      : (steps[exit.target]?.id ?? null);
  step.yes = target(yes);
  step.no = target(no);
  if (!no) {
    report.warn(
      'loss',
      page,
      at,
      `Langkah ${index + 1}: hanya satu cabang keputusan terbaca; cabang lain ke langkah berikutnya.`,
    );
  }
  const yesLabel = yes?.label || 'Ya';
  const noLabel = no?.label || 'Tidak';
  step.labels = isDefaultPair(yesLabel, noLabel) ? null : [yesLabel, noLabel];
}

/**
 * A decision drawn with more exits keeps two: one of each side by their labels, the *Ya* one
 * that continues to the next step before one that skips ahead.
 */
function twoExits(exits: readonly Exit[], index: number): Exit[] {
  if (exits.length <= 2) return [...exits];
  const no = exits.find((e) => exitSideOfLabel(e.label) === 'no');
  const rest = exits.filter((e) => e !== no);
  const continuing = rest.find((e) => e.target === index + 1);
  const yes = continuing ?? rest.find((e) => exitSideOfLabel(e.label) === 'yes') ?? rest[0];
  return [yes, no ?? rest.find((e) => e !== yes)].filter((e): e is Exit => e !== undefined);
}

/** Yes first: by the labels' words, else the exit to the next step (*Ya* usually continues). */
function sortExits(exits: Exit[], index: number): [Exit | undefined, Exit | undefined] {
  const sides = exits.map((e) => exitSideOfLabel(e.label));
  const sideOf = (i: number): ExitSide | null => {
    const own = sides[i] ?? null;
    const other = sides[1 - i] ?? null;
    if (own) return own;
    if (other) return other === 'yes' ? 'no' : 'yes';
    return null;
  };
  if (exits.length === 2 && sideOf(0) !== null && sideOf(0) !== sideOf(1)) {
    return sideOf(0) === 'yes' ? [exits[0], exits[1]] : [exits[1], exits[0]];
  }
  if (exits.length === 1) {
    return sideOf(0) === 'no' ? [undefined, exits[0]] : [exits[0], undefined];
  }
  const continuing = exits.findIndex((e) => e.target === index + 1);
  return continuing === 1 ? [exits[1], exits[0]] : [exits[0], exits[1]];
}

function isDefaultPair(yes: string, no: string): boolean {
  return /^ya$/i.test(yes.trim()) && /^tidak$/i.test(no.trim());
}

/** A step that is not a decision flows into the next; an arrow elsewhere cannot be kept. */
function checkPlainFlow(
  step: Step,
  index: number,
  count: number,
  leaving: readonly FlowEdge[],
  resolve: (symbol: PlacedSymbol) => number | null,
  report: PageReport,
): void {
  for (const edge of leaving) {
    const target = resolve(edge.to);
    if (target === null || target === index || target === index + 1 || index + 1 >= count) continue;
    report.warn(
      'loss',
      edge.from.page,
      edge.start,
      `Langkah ${index + 1} (${step.symbol === 'terminator' ? 'kapsul' : 'kotak'}) berpanah ke langkah ${target + 1}; alur dibaca ke langkah berikutnya.`,
    );
  }
}
