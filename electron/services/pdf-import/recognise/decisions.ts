// The flow between steps from the pages' connectors: arrows through off-page connector pairs are
// followed to the step they reach; each decision's two exits get their targets and labels
// (docs/format.md §3.2: `yes`/`no` hold a step id, null for the next step; `labels` a custom pair).

import { exitSideOfLabel, type ExitSide, type Step } from '../../../../shared/model';
import type { PdfPoint } from '../page';
import type { FlowEdge, PageFlow } from './flow';
import type { LooseText, PageTable, PlacedSymbol } from './page-table';
import type { PageReport } from './report';

/** How far from where an exit leaves its decision its label may stand (points). */
const LABEL_REACH = 40;

type Exit = { target: number | null; label: string; at: PdfPoint };

export type FlowInput = {
  tables: readonly PageTable[];
  flows: readonly PageFlow[];
  stepOf: ReadonlyMap<PlacedSymbol, number>;
};

/** Symbols an arrow enters, across all pages: the first executor of a joint activity. */
export function enteredSymbols(flows: readonly PageFlow[]): Set<PlacedSymbol> {
  return new Set(flows.flatMap((f) => f.edges.map((e) => e.to)));
}

export function applyFlow(steps: Step[], input: FlowInput, report: PageReport): void {
  const edges = input.flows.flatMap((f) => f.edges);
  const resolve = stepResolver(edges, input.stepOf);
  const outgoing = new Map<number, FlowEdge[]>();
  for (const edge of edges) {
    const from = input.stepOf.get(edge.from);
    if (from === undefined) continue;
    outgoing.set(from, [...(outgoing.get(from) ?? []), edge]);
  }
  steps.forEach((step, index) => {
    const leaving = outgoing.get(index) ?? [];
    const table = input.tables.find((t) => t.page.number === leaving[0]?.from.page);
    if (step.symbol === 'decision') {
      const exits = leaving.map((edge) => ({
        target: resolve(edge.to),
        label: '',
        at: edge.start,
      }));
      labelExits(exits, table?.labels ?? []);
      setExits(step, index, steps, exits, leaving[0]?.from.page ?? 0, report);
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

/** Each exit takes the nearest label to where it leaves the decision; a label serves one exit. */
function labelExits(exits: Exit[], labels: readonly LooseText[]): void {
  const used = new Set<LooseText>();
  for (const exit of exits) {
    let best: LooseText | null = null;
    let bestDistance = LABEL_REACH;
    for (const label of labels) {
      if (used.has(label)) continue;
      const dx = Math.max(label.box.x0 - exit.at.x, 0, exit.at.x - label.box.x1);
      const dy = Math.max(label.box.y0 - exit.at.y, 0, exit.at.y - label.box.y1);
      const distance = Math.hypot(dx, dy);
      if (distance < bestDistance) {
        best = label;
        bestDistance = distance;
      }
    }
    if (best) {
      used.add(best);
      exit.label = best.text;
    }
  }
}

function setExits(
  step: Step,
  index: number,
  steps: readonly Step[],
  exits: Exit[],
  page: number,
  report: PageReport,
): void {
  const at = exits[0]?.at ?? null;
  if (exits.length > 2) {
    report.warn(
      page,
      at,
      `Langkah ${index + 1}: keputusan dengan ${exits.length} cabang; dua yang pertama dipakai.`,
    );
  }
  const [yes, no] = sortExits(exits.slice(0, 2), index);
  const target = (exit: Exit | undefined) =>
    exit?.target === undefined || exit.target === null || exit.target === index + 1
      ? null
      : (steps[exit.target]?.id ?? null);
  step.yes = target(yes);
  step.no = target(no);
  if (!no) {
    report.warn(
      page,
      at,
      `Langkah ${index + 1}: hanya satu cabang keputusan terbaca; cabang lain ke langkah berikutnya.`,
    );
  }
  const yesLabel = yes?.label || 'Ya';
  const noLabel = no?.label || 'Tidak';
  step.labels = isDefaultPair(yesLabel, noLabel) ? null : [yesLabel, noLabel];
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
      edge.from.page,
      edge.start,
      `Langkah ${index + 1} (${step.symbol === 'terminator' ? 'kapsul' : 'kotak'}) berpanah ke langkah ${target + 1}; alur dibaca ke langkah berikutnya.`,
    );
  }
}
