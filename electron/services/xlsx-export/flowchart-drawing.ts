// The drawn flow of a flowchart sheet from the layout's primitives: each symbol and off-page
// pentagon as a shape anchored where the PDF draws it, each arrow and joining line as a connector
// glued to the shapes at its ends, each exit label (Ya/Tidak) as a text box.

import type {
  ArrowEnd,
  ArrowPrimitive,
  Box,
  LinePrimitive,
  Page,
  Point,
  SymbolPrimitive,
  SymbolShape,
  TextPrimitive,
} from '../../../shared/layout';
import { anchorOf } from './anchors';
import type { FlowGrid } from './flowchart-grid';
import type { Anchor, DrawingItem, Glue, ShapePreset } from './sheet-spec';

const PRESETS: Record<SymbolShape, ShapePreset> = {
  terminator: 'flowChartTerminator',
  process: 'flowChartProcess',
  decision: 'flowChartDecision',
  connector: 'flowChartOffpageConnector',
};

/** Excel's names for the shapes it draws, numbered by id like Excel does. */
const NAMES: Record<SymbolShape, string> = {
  terminator: 'Flowchart: Terminator',
  process: 'Flowchart: Process',
  decision: 'Flowchart: Decision',
  connector: 'Flowchart: Off-page Connector',
};

const CONNECTOR_LABEL_SIZE = 7;

type PlacedShape = { id: number; page: number; symbol: SymbolPrimitive };

/** Drawn items are numbered as Excel numbers them, from 2 (1 is the drawing itself). */
type NextId = () => number;

export function flowchartDrawing(pages: Page[], grid: FlowGrid): DrawingItem[] {
  let nextId = 2;
  const id: NextId = () => nextId++;
  // The shapes first, so every arrow finds the shapes it is glued to.
  const placed: PlacedShape[] = [];
  const shapes: DrawingItem[] = [];
  pages.forEach((page, p) => {
    for (const symbol of tablePrimitives(page)) {
      if (symbol.kind !== 'symbol') continue;
      const shape = symbolShape(symbol, pageAnchor(grid, p, symbol.box), id());
      placed.push({ id: shape.id, page: p, symbol });
      shapes.push(shape);
    }
  });
  const lines: DrawingItem[] = [];
  const labels: DrawingItem[] = [];
  pages.forEach((page, p) => {
    const onPage = placed.filter((s) => s.page === p);
    for (const prim of tablePrimitives(page)) {
      if (prim.kind === 'arrow' || (prim.kind === 'line' && prim.role === 'joint')) {
        const line = connector(prim, p, onPage, grid, id);
        if (line) lines.push(line);
      } else if (prim.kind === 'text' && prim.role === 'exit-label') {
        labels.push(exitLabel(prim, pageAnchor(grid, p, prim.box), id()));
      }
    }
  });
  return [...shapes, ...lines, ...labels];
}

/** The anchor of a box on page `page`, among that page's rows. */
function pageAnchor(grid: FlowGrid, page: number, box: Box): Anchor {
  const [from, to] = grid.pageRows[page] ?? [0, 0];
  return anchorOf(grid.x, grid.y, box, from, to);
}

/** A point of page `page` in sheet EMU. */
function pagePoint(grid: FlowGrid, page: number, p: Point): { x: number; y: number } {
  const [from, to] = grid.pageRows[page] ?? [0, 0];
  const col = grid.x.locate(p.x);
  const row = grid.y.locate(p.y, from, to);
  return { x: grid.x.absolute(col.index, col.offset), y: grid.y.absolute(row.index, row.offset) };
}

function symbolShape(
  symbol: SymbolPrimitive,
  anchor: Anchor,
  id: number,
): Extract<DrawingItem, { kind: 'shape' }> {
  return {
    kind: 'shape',
    id,
    name: `${NAMES[symbol.shape]} ${id - 1}`,
    preset: PRESETS[symbol.shape],
    anchor,
    text: symbol.shape === 'connector' ? symbol.label : null,
    fontSize: CONNECTOR_LABEL_SIZE,
  };
}

/** An arrow, or the joining line of a joint activity, glued to the shapes at its ends. */
function connector(
  prim: ArrowPrimitive | LinePrimitive,
  page: number,
  onPage: PlacedShape[],
  grid: FlowGrid,
  id: NextId,
): DrawingItem | null {
  const points = prim.points.map((point) => pagePoint(grid, page, point));
  const startPoint = prim.points[0];
  const endPoint = prim.points[prim.points.length - 1];
  if (!startPoint || !endPoint || points.length < 2) return null;
  const arrow = prim.kind === 'arrow';
  const start = glue(onPage, arrow ? prim.from : null, startPoint);
  const end = glue(onPage, arrow ? prim.to : null, endPoint);
  // The mapping is monotonic, so the anchor box is the bounding box of the mapped points.
  const place = pageAnchor(grid, page, boundingBox(prim.points));
  const straight = points.length === 2;
  const elbow = straight ? null : { groupId: id(), pathId: id() };
  const lineId = id();
  const base = !arrow
    ? 'Straight Connector'
    : straight
      ? 'Straight Arrow Connector'
      : 'Connector: Elbow';
  return {
    kind: 'connector',
    id: lineId,
    name: `${base} ${lineId - 1}`,
    anchor: place,
    path: points.map((q) => ({ x: q.x - place.x, y: q.y - place.y })),
    start,
    end,
    arrowHead: arrow,
    elbow,
  };
}

function exitLabel(prim: TextPrimitive, anchor: Anchor, id: number): DrawingItem {
  return {
    kind: 'textbox',
    id,
    name: `TextBox ${id - 1}`,
    anchor,
    text: prim.lines.join('\n'),
    fontSize: prim.fontSize,
  };
}

function boundingBox(points: Point[]): Box {
  const xs = points.map((q) => q.x);
  const ys = points.map((q) => q.y);
  return {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  };
}

/**
 * What the table holds: the symbol legend, when it follows the table on its last page, is left
 * out (the sheet has no rows for it).
 */
function tablePrimitives(page: Page): Page['primitives'] {
  const table = page.table;
  if (!table) return [];
  const bottom = table.y + table.height + 0.01;
  return page.primitives.filter((p) => {
    if ('box' in p) return p.box.y < bottom;
    return p.points.every((point) => point.y <= bottom);
  });
}

/** The shape an arrow end touches (the named step's or connector's shape nearest the point). */
function glue(shapes: PlacedShape[], end: ArrowEnd | null, point: Point): Glue | null {
  const candidates = shapes.filter(({ symbol }) => {
    if (end === null) return symbol.shape !== 'connector';
    if (end.kind === 'step') return symbol.stepId === end.stepId;
    if (end.kind === 'connector') return symbol.shape === 'connector' && symbol.label === end.label;
    return false;
  });
  let best: PlacedShape | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const shape of candidates) {
    const d = distance(point, shape.symbol.box);
    if (d < bestDistance) [best, bestDistance] = [shape, d];
  }
  if (!best || (end === null && bestDistance > 1)) return null;
  return { id: best.id, site: site(point, best.symbol.box) };
}

/** Connection site of the flowchart presets nearest a point: 0 top, 1 left, 2 bottom, 3 right. */
function site(point: Point, box: Box): number {
  const sides = [
    Math.abs(point.y - box.y),
    Math.abs(point.x - box.x),
    Math.abs(point.y - (box.y + box.height)),
    Math.abs(point.x - (box.x + box.width)),
  ];
  return sides.indexOf(Math.min(...sides));
}

function distance(point: Point, box: Box): number {
  const dx = Math.max(box.x - point.x, 0, point.x - (box.x + box.width));
  const dy = Math.max(box.y - point.y, 0, point.y - (box.y + box.height));
  return Math.hypot(dx, dy);
}
