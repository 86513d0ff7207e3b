// The connectors of one page: straight pieces that touch each other form one connector; where an
// arrowhead sits on it, it points into the symbol at the tip; the other symbols it touches are
// where it comes from. Pieces on the table's rules are not connectors.

import type { PdfPoint } from '../page';
import type { Arrowhead, Stroke } from './drawing';
import { contains, distanceToPiece, inflate, near, type Piece } from './geometry';
import type { PageTable, PlacedSymbol } from './page-table';

/** One arrow of the flow: from a symbol (leaving it at `start`) into another, along `path`. */
export type FlowEdge = { from: PlacedSymbol; to: PlacedSymbol; start: PdfPoint; path: Piece[] };

export type PageFlow = {
  edges: FlowEdge[];
  /** Symbols joined by a line without an arrowhead in one row: a joint activity. */
  joints: PlacedSymbol[][];
};

const TOUCH = 1.6;
const ATTACH = 2.5;

export function readPageFlow(table: PageTable): PageFlow {
  const strokes = connectorStrokes(table);
  const heads = strokes.map((stroke) => arrowheadsOn(stroke, table.drawing.arrowheads));
  const targetsOf = (index: number, seen: Set<number>): PlacedSymbol[] => {
    const own = heads[index]!.map((head) => symbolAtTip(table.symbols, head));
    const found = own.filter((s): s is PlacedSymbol => s !== null);
    if (found.length > 0 || seen.has(index)) return found;
    seen.add(index);
    // A line without its own arrowhead runs into another one and goes where that one goes.
    return joinedStrokes(strokes, index).flatMap((other) => targetsOf(other, seen));
  };
  const edges: FlowEdge[] = [];
  const joints: PlacedSymbol[][] = [];
  strokes.forEach((stroke, index) => {
    const targets = [...new Set(targetsOf(index, new Set()))];
    const touched = touchedSymbols(
      table.symbols,
      stroke.ends.length > 0 ? stroke.ends : corners(stroke),
    );
    const sources = touched.filter((t) => !targets.includes(t.symbol));
    if (targets.length === 0) {
      const joint = touched.map((t) => t.symbol);
      if (joint.length > 1 && joint.every((s) => s.row === joint[0]!.row)) joints.push(joint);
      return;
    }
    for (const source of sources) {
      for (const target of targets)
        edges.push({ from: source.symbol, to: target, start: source.at, path: stroke.pieces });
    }
  });
  return { edges, joints };
}

/** Arrowheads whose base sits on the stroke (on an end of an open line). */
function arrowheadsOn(stroke: Stroke, arrowheads: readonly Arrowhead[]): Arrowhead[] {
  if (stroke.ends.length > 0) {
    return arrowheads.filter((head) => stroke.ends.some((end) => near(end, head.base, TOUCH)));
  }
  return arrowheads.filter((head) =>
    stroke.pieces.some((piece) => distanceToPiece(head.base, piece) <= TOUCH),
  );
}

/** The strokes an end of this open stroke rests on. */
function joinedStrokes(strokes: readonly Stroke[], index: number): number[] {
  const ends = strokes[index]!.ends;
  const joined: number[] = [];
  strokes.forEach((other, i) => {
    if (i === index) return;
    const rests = ends.some((end) =>
      other.pieces.some((piece) => distanceToPiece(end, piece) <= TOUCH),
    );
    if (rests) joined.push(i);
  });
  return joined;
}

function corners(stroke: Stroke): PdfPoint[] {
  return stroke.pieces.flatMap((piece) => [piece.from, piece.to]);
}

/**
 * Strokes in the table's body that are not its rules. A rule lies wholly on a column line or a
 * row line; a connector may run along one for a while, so a stroke counts as a rule only when
 * every piece of it does. EMF's end caps (tiny pieces) are dropped.
 */
function connectorStrokes(table: PageTable): Stroke[] {
  const { frame } = table;
  const bounds = frame.columns.flatMap((c) => [c.x0, c.x1]);
  const onBoundary = (x: number) => bounds.some((b) => Math.abs(b - x) <= 1.6);
  const onRowLine = (y: number) => frame.rowLines.some((r) => Math.abs(r - y) <= 1.6);
  const onRule = (piece: Piece) =>
    (Math.abs(piece.to.x - piece.from.x) <= 0.6 && onBoundary(piece.from.x)) ||
    (Math.abs(piece.to.y - piece.from.y) <= 0.6 && onRowLine(piece.from.y));
  const inBody = (piece: Piece) =>
    Math.max(piece.from.y, piece.to.y) > frame.headerBottom &&
    Math.min(piece.from.y, piece.to.y) < frame.box.y1 + 1;
  const visible = (piece: Piece) =>
    Math.hypot(piece.to.x - piece.from.x, piece.to.y - piece.from.y) >= 1;
  return table.drawing.strokes
    .map((stroke) => ({ pieces: stroke.pieces.filter(visible), ends: stroke.ends }))
    .filter((stroke) => stroke.pieces.length > 0 && stroke.pieces.some(inBody))
    .filter((stroke) => !stroke.pieces.every(onRule));
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
