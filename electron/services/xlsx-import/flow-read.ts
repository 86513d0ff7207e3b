// Turns the drawn shapes over a flowchart table into each step's symbol and executors, and each
// decision's two exits: connectors glued to shapes (or touching them), followed through off-page
// pentagon pairs (the exits' Ya/Tidak labels are read in decision-read.ts). Without drawn
// symbols: styled cells (cell-symbols.ts), else marks in the lanes.

import type { StepSymbol } from '../../../shared/model';
import type { SheetGrid } from '../ooxml/grid';
import { cellAddress } from '../ooxml/sheet-read';
import { readCellSymbols } from './cell-symbols';
import { assignLabels, resolveDecision, type Exit } from './decision-read';
import { distanceToBox, type Box, type DrawnShape, type Point } from './drawing-read';
import type { Lane, TableHeader } from './header-read';
import { isExecutorMark, normalizeLabel } from '../../../shared/model';
import type { ReportCollector } from './report';
import { SYMBOL_WORDS } from './shapes';
import type { StepRows } from './table-read';

export type StepFlow = {
  /** Lane columns, the entry lane first. */
  lanes: number[];
  symbol: StepSymbol;
  /** Decision exits as step indexes; null where the drawing gives none. */
  yes: number | null;
  no: number | null;
  labels: [string, string] | null;
  /** The executor is shown by a drawn symbol or a known mark, not only by text in a lane cell. */
  marked: boolean;
  /** The activity written in a styled symbol cell (not START/END), for a row without Kegiatan. */
  symbolText?: string;
};

/** How far (EMU, about 3 mm) a loose connector end may be from the shape it touches. */
const TOUCH = 110_000;

type Node = { shape: DrawnShape; step: number | null; lane: number | null };
type Edge = { from: Node; to: Node; connector: DrawnShape };

export function readFlow(
  grid: SheetGrid,
  header: TableHeader,
  steps: StepRows[],
  shapes: DrawnShape[],
  report: ReportCollector,
): StepFlow[] {
  const place = placer(grid, header, steps);
  const { nodes, textBoxes } = placeShapes(grid, shapes, place, report);
  const edges = connect(shapes, nodes, place);
  const partner = pairOffPage(nodes, edges, grid, place, report);
  const anySymbol = nodes.some((node) => node.step !== null);
  if (!anySymbol && steps.length > 0) {
    return readCellSymbols(grid, header, steps, report) ?? fromMarks(grid, header, steps, report);
  }
  const flows = steps.map((step, index) =>
    stepFlow(grid, header, step, index, nodes, edges, report),
  );
  const exits = steps.map((_, index) => exitsOf(index, nodes, edges, partner));
  const labels = assignLabels(flows, exits, textBoxes);
  flows.forEach((flow, index) => {
    const step = steps[index];
    if (!step) return;
    if (flow.symbol === 'decision') {
      resolveDecision(flow, index, exits[index] ?? [], labels, grid, header, step, report);
    } else {
      warnJumps(index, exits[index] ?? [], grid, header, step, report);
    }
  });
  return flows;
}

/**
 * The shapes inside the table: symbols (and pictures) in a step's row and a lane become the
 * step's nodes, off-page pentagons nodes of no step, text boxes candidate exit labels.
 */
function placeShapes(
  grid: SheetGrid,
  shapes: DrawnShape[],
  place: (box: Box) => Placement,
  report: ReportCollector,
): { nodes: Node[]; textBoxes: DrawnShape[] } {
  const nodes: Node[] = [];
  const textBoxes: DrawnShape[] = [];
  for (const shape of shapes) {
    const at = place(shape.box);
    if (!at.inTable) continue;
    if (shape.kind === 'textbox') textBoxes.push(shape);
    if (shape.kind === 'offpage') nodes.push({ shape, step: null, lane: null });
    if (shape.kind !== 'symbol' && shape.kind !== 'picture') continue;
    const where = cellAddress(at.row, at.col);
    if (at.step === null || at.lane === null) {
      if (shape.kind === 'symbol') {
        report.warn(
          'loss',
          grid.name,
          where,
          `Simbol "${shape.name}" berada di luar baris langkah atau kolom pelaksana; diabaikan.`,
        );
      }
      continue;
    }
    warnShapeGuesses(grid, shape, where, report);
    nodes.push({ shape, step: at.step, lane: at.lane });
  }
  return { nodes, textBoxes };
}

/** A picture read as a box, a geometry that is not a standard symbol, text on a symbol. */
function warnShapeGuesses(
  grid: SheetGrid,
  shape: DrawnShape,
  where: string,
  report: ReportCollector,
): void {
  if (shape.kind === 'picture') {
    report.warn(
      'note',
      grid.name,
      where,
      `Gambar "${shape.name}" di kolom pelaksana dibaca sebagai kotak proses.`,
    );
  } else if (shape.guessed) {
    report.warn(
      'note',
      grid.name,
      where,
      `Bentuk "${shape.geometry}" bukan salah satu simbol baku; dibaca sebagai ${SYMBOL_WORDS[shape.symbol ?? 'process']}.`,
    );
  }
  if (shape.text) {
    report.warn(
      'loss',
      grid.name,
      where,
      `Teks pada simbol ("${shape.text.slice(0, 40)}") tidak disimpan; kegiatan diambil dari kolom kegiatan.`,
    );
  }
}

type Placement = {
  inTable: boolean;
  row: number;
  col: number;
  step: number | null;
  lane: number | null;
};

function placer(grid: SheetGrid, header: TableHeader, steps: StepRows[]): (box: Box) => Placement {
  const last = steps[steps.length - 1]?.bottom ?? header.bottom;
  const firstLane = header.lanes[0]?.col ?? header.activity + 1;
  return (box) => {
    const { row, col } = grid.cellAt(box.x + box.w / 2, box.y + box.h / 2);
    const inTable =
      row > header.bottom && row <= last + 3 && col >= firstLane - 1 && col <= header.right + 1;
    const stepIndex = steps.findIndex((step) => row >= step.top && row <= step.bottom);
    const lane = header.lanes.find((l: Lane) => col >= l.col && col <= l.right);
    return { inTable, row, col, step: stepIndex >= 0 ? stepIndex : null, lane: lane?.col ?? null };
  };
}

/** Connector ends: the glued shape, else the shape the end point touches. */
function connect(shapes: DrawnShape[], nodes: Node[], place: (box: Box) => Placement): Edge[] {
  const byId = new Map<string, Node>();
  for (const node of nodes) if (!byId.has(node.shape.id)) byId.set(node.shape.id, node);
  const touching = (point: Point | null): Node | undefined => {
    if (!point) return undefined;
    let best: Node | undefined;
    let bestDistance = TOUCH;
    for (const node of nodes) {
      const d = distanceToBox(point, node.shape.box);
      if (d <= bestDistance) [best, bestDistance] = [node, d];
    }
    return best;
  };
  const edges: Edge[] = [];
  for (const connector of shapes) {
    if (connector.kind !== 'connector' || !place(connector.box).inTable) continue;
    const from =
      (connector.startId && byId.get(connector.startId)) || touching(connector.startPoint);
    const to = (connector.endId && byId.get(connector.endId)) || touching(connector.endPoint);
    if (from && to && from !== to) edges.push({ from, to, connector });
  }
  return edges;
}

/**
 * Pairs off-page pentagons: the same label, else the nearest one in the same lane column, one
 * receiving the flow and the other passing it on.
 */
function pairOffPage(
  nodes: Node[],
  edges: Edge[],
  grid: SheetGrid,
  place: (box: Box) => Placement,
  report: ReportCollector,
): Map<Node, Node> {
  const partner = new Map<Node, Node>();
  const pentagons = nodes.filter((node) => node.step === null);
  // Sets and one placement per pentagon: the pairs are quadratic, each check must be cheap.
  const entered = new Set(edges.map((edge) => edge.to));
  const left = new Set(edges.map((edge) => edge.from));
  const incoming = (node: Node): boolean => entered.has(node);
  const outgoing = (node: Node): boolean => left.has(node);
  const ends = pentagons.map((node) => ({
    node,
    at: place(node.shape.box),
    label: normalizeLabel(node.shape.text),
  }));
  const candidates: Array<{ a: Node; b: Node; cost: number }> = [];
  const passing = ends.filter((end) => outgoing(end.node));
  for (const a of ends.filter((end) => incoming(end.node))) {
    for (const b of passing) {
      if (a === b) continue;
      if (a.label || b.label) {
        if (a.label === b.label) candidates.push({ a: a.node, b: b.node, cost: 0 });
        continue;
      }
      if (a.at.col !== b.at.col) continue;
      candidates.push({ a: a.node, b: b.node, cost: 1 + Math.abs(a.at.row - b.at.row) });
    }
  }
  candidates.sort((x, y) => x.cost - y.cost);
  const used = new Set<Node>();
  for (const { a, b } of candidates) {
    if (used.has(a) || used.has(b)) continue;
    used.add(a);
    used.add(b);
    partner.set(a, b);
  }
  for (const node of pentagons) {
    if (!used.has(node) && (incoming(node) || outgoing(node))) {
      const at = place(node.shape.box);
      report.warn(
        'loss',
        grid.name,
        cellAddress(at.row, at.col),
        `Penghubung antarhalaman "${node.shape.name}" tidak memiliki pasangan; panahnya tidak diikuti.`,
      );
    }
  }
  return partner;
}

function stepFlow(
  grid: SheetGrid,
  header: TableHeader,
  step: StepRows,
  index: number,
  nodes: Node[],
  edges: Edge[],
  report: ReportCollector,
): StepFlow {
  const own = nodes.filter((node) => node.step === index);
  const flow: StepFlow = {
    lanes: [],
    symbol: 'process',
    yes: null,
    no: null,
    labels: null,
    marked: true,
  };
  const where = cellAddress(step.top, header.activity);
  if (own.length === 0) {
    // A row without a shape may still mark its executor in the cell (`X`, `v`, `√` …).
    flow.lanes = marksOf(header, step);
    report.warn(
      'loss',
      grid.name,
      where,
      flow.lanes.length
        ? `Langkah ${index + 1} (baris ${step.top}) tidak memiliki simbol; pelaksana dibaca dari tanda di sel, simbol dianggap kotak.`
        : `Langkah ${index + 1} (baris ${step.top}) tidak memiliki simbol; dibaca sebagai kotak tanpa pelaksana.`,
    );
    return flow;
  }
  const symbols = new Set(own.map((node) => node.shape.symbol ?? 'process'));
  flow.symbol = symbols.has('decision')
    ? 'decision'
    : symbols.has('terminator')
      ? 'terminator'
      : 'process';
  if (symbols.size > 1) {
    const words = [...symbols].map((s) => SYMBOL_WORDS[s]).join(' dan ');
    report.warn(
      'loss',
      grid.name,
      where,
      `Langkah ${index + 1} digambar dengan simbol berbeda (${words}); dipakai ${SYMBOL_WORDS[flow.symbol]}.`,
    );
  }
  const entered = new Set(
    own
      .filter((node) => edges.some((edge) => edge.to === node && edge.from.step !== index))
      .map((node) => node.lane),
  );
  // Lanes an arrow from another step enters first, then in the order the shapes are drawn (our
  // export draws a joint step's symbols in its executor order).
  const lanes = [...new Set(own.map((node) => node.lane ?? 0))];
  flow.lanes = [
    ...lanes.filter((lane) => entered.has(lane)),
    ...lanes.filter((lane) => !entered.has(lane)),
  ];
  return flow;
}

function marksOf(header: TableHeader, step: StepRows): number[] {
  const lanes: number[] = [];
  for (const [col] of [...step.laneTexts].sort(([a], [b]) => a - b)) {
    const lane = header.lanes.find((l) => col >= l.col && col <= l.right);
    if (lane && !lanes.includes(lane.col)) lanes.push(lane.col);
  }
  return lanes;
}

/** Where a step's arrows lead: other steps, following pentagon pairs. */
function exitsOf(index: number, nodes: Node[], edges: Edge[], partner: Map<Node, Node>): Exit[] {
  const exits = new Map<number, Exit>();
  const walk = (from: Node, path: DrawnShape[], depth: number): void => {
    for (const edge of edges) {
      if (edge.from !== from) continue;
      const connectors = [...path, edge.connector];
      if (edge.to.step !== null) {
        if (edge.to.step !== index && !exits.has(edge.to.step)) {
          exits.set(edge.to.step, { target: edge.to.step, connectors });
        }
      } else {
        const next = partner.get(edge.to);
        if (next && depth < 8) walk(next, connectors, depth + 1);
      }
    }
  };
  const sources = nodes.filter((node) => node.step === index);
  const decisions = sources.filter((node) => node.shape.symbol === 'decision');
  for (const node of decisions.length ? decisions : sources) walk(node, [], 0);
  return [...exits.values()];
}

function warnJumps(
  index: number,
  exits: Exit[],
  grid: SheetGrid,
  header: TableHeader,
  step: StepRows,
  report: ReportCollector,
): void {
  const jumps = exits
    .map((exit) => exit.target)
    .filter((target) => target !== index + 1)
    .sort((a, b) => a - b);
  if (jumps.length === 0) return;
  report.warn(
    'loss',
    grid.name,
    cellAddress(step.top, header.activity),
    `Panah dari langkah ${index + 1} ke langkah ${jumps.map((t) => t + 1).join(', ')} tidak disimpan: hanya keputusan yang boleh bercabang, alur lain mengikuti urutan langkah.`,
  );
}

/** Files without drawn symbols mark the executor cells (`X`, `v`, `√` …). */
function fromMarks(
  grid: SheetGrid,
  header: TableHeader,
  steps: StepRows[],
  report: ReportCollector,
): StepFlow[] {
  report.warn(
    'note',
    grid.name,
    null,
    'Tidak ada simbol tergambar di tabel; pelaksana dibaca dari tanda di sel, langkah pertama dan terakhir dianggap kapsul, langkah lain kotak.',
  );
  return steps.map((step, index) => {
    const lanes: number[] = [];
    let marked = false;
    for (const [col, { text, row }] of [...step.laneTexts].sort(([a], [b]) => a - b)) {
      if (isExecutorMark(text)) marked = true;
      else {
        report.warn(
          'note',
          grid.name,
          cellAddress(row, col),
          `Isi sel pelaksana "${text.trim().slice(0, 40)}" bukan tanda yang dikenal; tetap dibaca sebagai pelaksana.`,
        );
      }
      const lane = header.lanes.find((l) => col >= l.col && col <= l.right);
      if (lane && !lanes.includes(lane.col)) lanes.push(lane.col);
    }
    if (lanes.length === 0) {
      report.warn(
        'loss',
        grid.name,
        cellAddress(step.top, header.activity),
        `Langkah ${index + 1} (baris ${step.top}) tidak memiliki tanda pelaksana.`,
      );
    }
    const edge = index === 0 || index === steps.length - 1;
    const symbol = edge ? 'terminator' : 'process';
    return { lanes, symbol, yes: null, no: null, labels: null, marked };
  });
}
