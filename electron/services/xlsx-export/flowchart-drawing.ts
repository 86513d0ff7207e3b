// The drawn flow of a flowchart sheet from the layout's primitives: each symbol and off-page
// pentagon as a shape anchored where the PDF draws it, each arrow and joining line as a connector
// glued to the shapes at its ends, each exit label (Ya/Tidak) as a text box.

import type {
  ArrowEnd,
  Box,
  Page,
  Point,
  SymbolPrimitive,
  SymbolShape,
} from '../../../shared/layout';
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

export function flowchartDrawing(pages: Page[], grid: FlowGrid): DrawingItem[] {
  const shapes: DrawingItem[] = [];
  const lines: DrawingItem[] = [];
  const labels: DrawingItem[] = [];
  const placed: PlacedShape[] = [];
  let nextId = 2;
  const id = (): number => nextId++;
  const emu = (page: number, p: Point): { x: number; y: number } => {
    const [from, to] = grid.pageRows[page] ?? [0, 0];
    const col = grid.x.locate(p.x);
    const row = grid.y.locate(p.y, from, to);
    return { x: grid.x.absolute(col.index, col.offset), y: grid.y.absolute(row.index, row.offset) };
  };
  const anchor = (page: number, box: Box): Anchor => {
    const [from, to] = grid.pageRows[page] ?? [0, 0];
    const c1 = grid.x.locate(box.x);
    const c2 = grid.x.locate(box.x + box.width);
    const r1 = grid.y.locate(box.y, from, to);
    const r2 = grid.y.locate(box.y + box.height, from, to);
    const x = grid.x.absolute(c1.index, c1.offset);
    const y = grid.y.absolute(r1.index, r1.offset);
    return {
      from: { col: c1.index, colOff: c1.offset, row: r1.index, rowOff: r1.offset },
      to: { col: c2.index, colOff: c2.offset, row: r2.index, rowOff: r2.offset },
      x,
      y,
      cx: grid.x.absolute(c2.index, c2.offset) - x,
      cy: grid.y.absolute(r2.index, r2.offset) - y,
    };
  };

  pages.forEach((page, p) => {
    for (const symbol of tablePrimitives(page)) {
      if (symbol.kind !== 'symbol') continue;
      const shapeId = id();
      placed.push({ id: shapeId, page: p, symbol });
      shapes.push({
        kind: 'shape',
        id: shapeId,
        name: `${NAMES[symbol.shape]} ${shapeId - 1}`,
        preset: PRESETS[symbol.shape],
        anchor: anchor(p, symbol.box),
        text: symbol.shape === 'connector' ? symbol.label : null,
        fontSize: CONNECTOR_LABEL_SIZE,
      });
    }
  });

  pages.forEach((page, p) => {
    const onPage = placed.filter((s) => s.page === p);
    for (const prim of tablePrimitives(page)) {
      if (prim.kind === 'arrow' || (prim.kind === 'line' && prim.role === 'joint')) {
        const points = prim.points.map((point) => emu(p, point));
        const startPoint = prim.points[0];
        const endPoint = prim.points[prim.points.length - 1];
        if (!startPoint || !endPoint || points.length < 2) continue;
        const start =
          prim.kind === 'arrow'
            ? glue(onPage, prim.from, startPoint)
            : glue(onPage, null, startPoint);
        const end =
          prim.kind === 'arrow' ? glue(onPage, prim.to, endPoint) : glue(onPage, null, endPoint);
        const xs = prim.points.map((q) => q.x);
        const ys = prim.points.map((q) => q.y);
        const box = {
          x: Math.min(...xs),
          y: Math.min(...ys),
          width: Math.max(...xs) - Math.min(...xs),
          height: Math.max(...ys) - Math.min(...ys),
        };
        // The mapping is monotonic, so the anchor box is the bounding box of the mapped points.
        const place = anchor(p, box);
        const straight = points.length === 2;
        const elbow = straight ? null : { groupId: id(), pathId: id() };
        const lineId = id();
        const base =
          prim.kind === 'line'
            ? 'Straight Connector'
            : straight
              ? 'Straight Arrow Connector'
              : 'Connector: Elbow';
        lines.push({
          kind: 'connector',
          id: lineId,
          name: `${base} ${lineId - 1}`,
          anchor: place,
          path: points.map((q) => ({ x: q.x - place.x, y: q.y - place.y })),
          start,
          end,
          arrowHead: prim.kind === 'arrow',
          elbow,
        });
      } else if (prim.kind === 'text' && prim.role === 'exit-label') {
        const labelId = id();
        labels.push({
          kind: 'textbox',
          id: labelId,
          name: `TextBox ${labelId - 1}`,
          anchor: anchor(p, prim.box),
          text: prim.lines.join('\n'),
          fontSize: prim.fontSize,
        });
      }
    }
  });
  return [...shapes, ...lines, ...labels];
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
