// The connectors of one page: straight pieces that touch each other form one connector; where an
// arrowhead sits on it, it points into the symbol at the tip; the other symbols it touches are
// where it comes from. Pieces on the table's rules are not connectors.

import type { PdfPoint } from '../page';
import type { Arrowhead } from './drawing';
import { contains, distanceToPiece, inflate, type Piece } from './geometry';
import type { PageTable, PlacedSymbol } from './page-table';

/** One arrow of the flow: from a symbol (leaving it at `start`) into another. */
export type FlowEdge = { from: PlacedSymbol; to: PlacedSymbol; start: PdfPoint };

export type PageFlow = {
  edges: FlowEdge[];
  /** Symbols joined by a line without an arrowhead in one row: a joint activity. */
  joints: PlacedSymbol[][];
};

const TOUCH = 1.6;
const ATTACH = 2.5;
const BUCKET = 16;

export function readPageFlow(table: PageTable): PageFlow {
  const pieces = connectorPieces(table);
  const components = connect(pieces);
  const edges: FlowEdge[] = [];
  const joints: PlacedSymbol[][] = [];
  for (const component of components) {
    const heads = table.drawing.arrowheads.filter((head) =>
      component.some((piece) => distanceToPiece(head.base, piece) <= TOUCH),
    );
    const ends = component.flatMap((piece) => [piece.from, piece.to]);
    const touched = touchedSymbols(table.symbols, ends);
    const targets = heads
      .map((head) => symbolAtTip(table.symbols, head))
      .filter((s): s is PlacedSymbol => s !== null);
    const sources = touched.filter((t) => !targets.includes(t.symbol));
    if (targets.length === 0) {
      const joint = touched.map((t) => t.symbol);
      if (joint.length > 1 && joint.every((s) => s.row === joint[0]!.row)) joints.push(joint);
      continue;
    }
    for (const source of sources) {
      for (const target of new Set(targets)) {
        edges.push({ from: source.symbol, to: target, start: source.at });
      }
    }
  }
  return { edges, joints };
}

/** Pieces in the table's body that are not its rules; EMF's end caps (tiny pieces) are dropped. */
function connectorPieces(table: PageTable): Piece[] {
  const { frame } = table;
  const bounds = frame.columns.flatMap((c) => [c.x0, c.x1]);
  const onBoundary = (x: number) => bounds.some((b) => Math.abs(b - x) <= 1.6);
  const onRowLine = (y: number) => frame.rowLines.some((r) => Math.abs(r - y) <= 1.6);
  return table.drawing.pieces.filter((piece) => {
    const length = Math.hypot(piece.to.x - piece.from.x, piece.to.y - piece.from.y);
    if (length < 1) return false;
    const inBody =
      Math.max(piece.from.y, piece.to.y) > frame.headerBottom &&
      Math.min(piece.from.y, piece.to.y) < frame.box.y1 + 1;
    if (!inBody) return false;
    const vertical = Math.abs(piece.to.x - piece.from.x) <= 0.6;
    const horizontal = Math.abs(piece.to.y - piece.from.y) <= 0.6;
    if (vertical && onBoundary(piece.from.x)) return false;
    if (
      horizontal &&
      onRowLine(piece.from.y) &&
      onBoundary(piece.from.x) &&
      onBoundary(piece.to.x)
    ) {
      return false;
    }
    return true;
  });
}

/** Pieces grouped by touching: an end on another piece's end or along it. */
function connect(pieces: readonly Piece[]): Piece[][] {
  const parent = pieces.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const buckets = new Map<string, number[]>();
  pieces.forEach((piece, index) => {
    for (const key of bucketKeys(piece)) {
      const list = buckets.get(key);
      if (list) list.push(index);
      else buckets.set(key, [index]);
    }
  });
  pieces.forEach((piece, index) => {
    for (const end of [piece.from, piece.to]) {
      const key = `${Math.floor(end.x / BUCKET)},${Math.floor(end.y / BUCKET)}`;
      for (const other of buckets.get(key) ?? []) {
        if (other === index || find(other) === find(index)) continue;
        if (distanceToPiece(end, pieces[other]!) <= TOUCH) parent[find(other)] = find(index);
      }
    }
  });
  const groups = new Map<number, Piece[]>();
  pieces.forEach((piece, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (group) group.push(piece);
    else groups.set(root, [piece]);
  });
  return [...groups.values()];
}

/** The buckets a piece passes through (its box, widened by the touching distance). */
function bucketKeys(piece: Piece): string[] {
  const x0 = Math.floor((Math.min(piece.from.x, piece.to.x) - TOUCH) / BUCKET);
  const x1 = Math.floor((Math.max(piece.from.x, piece.to.x) + TOUCH) / BUCKET);
  const y0 = Math.floor((Math.min(piece.from.y, piece.to.y) - TOUCH) / BUCKET);
  const y1 = Math.floor((Math.max(piece.from.y, piece.to.y) + TOUCH) / BUCKET);
  const keys: string[] = [];
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push(`${x},${y}`);
  return keys;
}

/** Symbols an end of the connector rests on, with the first such end. */
function touchedSymbols(
  symbols: readonly PlacedSymbol[],
  ends: readonly PdfPoint[],
): { symbol: PlacedSymbol; at: PdfPoint }[] {
  const touched: { symbol: PlacedSymbol; at: PdfPoint }[] = [];
  for (const symbol of symbols) {
    const area = inflate(symbol.box, ATTACH);
    const at = ends.find((end) => contains(area, end));
    if (at) touched.push({ symbol, at });
  }
  return touched;
}

function symbolAtTip(symbols: readonly PlacedSymbol[], head: Arrowhead): PlacedSymbol | null {
  return symbols.find((s) => contains(inflate(s.box, ATTACH), head.tip)) ?? null;
}
