// The arrows of one flowchart page: the flow to the next row through the row gap, decision exits and
// back edges through the corridor lanes beside the symbols, and off-page connector pairs in the bands.

import type { SopDocument } from '../model';
import type { FlowColumns } from './columns';
import { bottomLabel, placeLabels, sideLabel, type LabelRequest } from './exit-labels';
import type { FlowEdge } from './graph';
import type { TextMeasurer } from './measure';
import { textAt, type TextOptions } from './primitives';
import {
  CONNECTOR_HEIGHT,
  CONNECTOR_WIDTH,
  ConnectorSlots,
  CorridorLanes,
  corridorOrder,
  facingCorridors,
  PortAllocator,
  sidePoint,
  type PlacedSymbol,
  type Side,
} from './route';
import type { ArrowEnd, ArrowPrimitive, Box, Point, Primitive } from './types';

export type RowPlacement = {
  index: number;
  stepId: string;
  box: Box;
  symbols: PlacedSymbol[];
  entry: PlacedSymbol | null;
};

type Band = { y: number; height: number };

export type ArrowInput = {
  doc: SopDocument;
  columns: FlowColumns;
  measurer: TextMeasurer;
  placements: RowPlacement[];
  edges: FlowEdge[];
  incoming: FlowEdge[];
  outgoing: FlowEdge[];
  topBand: Band | null;
  bottomBand: Band | null;
  labels: Map<number, string>;
};

const CONNECTOR_LABEL: TextOptions = {
  fontSize: 7,
  bold: true,
  align: 'center',
  role: 'connector-label',
};
/** Spacing of the horizontal runs inside a connector band. */
const BAND_STEP = 5;

/** A side arrow's route on this page before its ports are known. */
type SideRoute = {
  edge: FlowEdge;
  exitSide: Side;
  entrySide: Side;
  laneX: number;
  bandY: number | null;
};

/** Where the side arrows touch their symbols, by edge id; an end on another page has none. */
type SidePorts = { exits: Map<number, Point>; entries: Map<number, Point> };

/** What the phases share: the page's rows by step index, its edges, the band connector slots. */
type ArrowPage = {
  input: ArrowInput;
  byIndex: Map<number, RowPlacement>;
  /** Edges with both ends drawn on this page. */
  local: FlowEdge[];
  /** Edges to or from another page with their drawn end on this page. */
  cross: FlowEdge[];
  /** y of the horizontal run, inside its band, of each side edge leaving or entering the page. */
  bandRun: Map<number, number>;
  topSlots: ConnectorSlots;
  bottomSlots: ConnectorSlots;
};

/**
 * The arrows of one page in four phases: choose the side arrows' lanes, place their ports, draw
 * them, draw the arrows to the next row; then the exit labels around all of them.
 */
export function routeArrows(input: ArrowInput): Primitive[] {
  const page = arrowPage(input);
  const sideRoutes = chooseSideLanes(page);
  const ports = placeSidePorts(page, sideRoutes);
  // Straight connectors sit right under (or above) their symbol: they claim their slots before the
  // side arrows' connectors take the nearest free ones.
  const straightSlots = claimStraightSlots(page);
  const canvas = new ArrowCanvas(input);
  drawSideArrows(page, sideRoutes, ports, canvas);
  drawNextRowArrows(page, straightSlots, canvas);
  return withExitLabels(input, canvas);
}

function arrowPage(input: ArrowInput): ArrowPage {
  const { columns, placements, edges, incoming, outgoing, topBand, bottomBand } = input;
  const byIndex = new Map(placements.map((p) => [p.index, p]));
  const local = edges.filter((e) => drawn(byIndex.get(e.from)) && drawn(byIndex.get(e.to)));
  const cross = [...incoming, ...outgoing].filter(
    (e) => drawn(byIndex.get(e.from)) || drawn(byIndex.get(e.to)),
  );
  const bandRun = new Map<number, number>();
  incoming
    .filter((e) => e.port === 'side')
    .forEach((e, m) => topBand && bandRun.set(e.id, topBand.y + 24 + BAND_STEP * m));
  outgoing
    .filter((e) => e.port === 'side')
    .forEach((e, m) => bottomBand && bandRun.set(e.id, bottomBand.y + 4 + BAND_STEP * m));
  const topSlots = new ConnectorSlots(columns);
  const bottomSlots = new ConnectorSlots(columns);
  return { input, byIndex, local, cross, bandRun, topSlots, bottomSlots };
}

/**
 * Phase 1: the corridor and lane of every side arrow, decisions' own exits first so they get the
 * centre port.
 */
function chooseSideLanes(page: ArrowPage): SideRoute[] {
  const lanes = new CorridorLanes(page.input.columns);
  const usedExitSide = new Map<number, Side>();
  const routes: SideRoute[] = [];
  for (const edge of [...page.local, ...page.cross].filter((e) => e.port === 'side')) {
    const route = sideRoute(page, lanes, edge, usedExitSide.get(edge.from));
    if (drawn(page.byIndex.get(edge.from))) usedExitSide.set(edge.from, route.exitSide);
    routes.push(route);
  }
  return routes;
}

/** Claims the lane of one side arrow; `taken`: the side another exit of its source already took. */
function sideRoute(
  page: ArrowPage,
  lanes: CorridorLanes,
  edge: FlowEdge,
  taken: Side | undefined,
): SideRoute {
  const from = page.byIndex.get(edge.from);
  const to = page.byIndex.get(edge.to);
  const ends = [from, to].filter(drawn);
  const left = Math.min(...ends.map(firstColumn));
  const right = Math.max(...ends.map(lastColumn));
  const n = page.input.columns.executors.length;
  const preferred = cheaperSide(ends, left, right, n, taken);
  // Between a source and a target in different columns, the corridors separating them give the
  // shortest route: out of the facing side of one, into the facing side of the other.
  const between = facingCorridors(from, to, taken);
  const outside = corridorOrder(left, right, n, preferred).flatMap((o) => o.corridors);
  const bandY = page.bandRun.get(edge.id) ?? null;
  const ys = ends.map((p) => p.box.y + p.box.height / 2);
  if (bandY !== null) ys.push(bandY);
  const lane = lanes.claim(
    [...(between?.corridors ?? []), ...outside],
    Math.min(...ys) - 12,
    Math.max(...ys) + 12,
  );
  const facing = between?.corridors.includes(lane.corridor) ? between : null;
  const side: Side = lane.corridor <= left ? 'left' : 'right';
  const exitSide = facing?.exitSide ?? side;
  return { edge, exitSide, entrySide: facing?.entrySide ?? side, laneX: lane.x, bandY };
}

/** The side whose corridors the ends reach with the least travel across columns. */
function cheaperSide(
  ends: RowPlacement[],
  left: number,
  right: number,
  executorCount: number,
  taken: Side | undefined,
): Side {
  let leftCost = ends.reduce((sum, p) => sum + firstColumn(p) - left, 0);
  let rightCost = ends.reduce((sum, p) => sum + right - lastColumn(p), 0);
  if (taken === 'left') leftCost += 100;
  if (taken === 'right') rightCost += 100;
  // On a tie, the corridor inside the table beats the one along its outer border.
  if (left === 0) leftCost += 0.5;
  if (right === executorCount - 1) rightCost += 0.5;
  return leftCost < rightCost ? 'left' : 'right';
}

/**
 * Phase 2: where the side arrows touch their symbols, exits before entries, so a decision's exits
 * sit at its side vertices.
 */
function placeSidePorts(page: ArrowPage, routes: SideRoute[]): SidePorts {
  const ports = new PortAllocator();
  const portAt = (placement: RowPlacement, side: Side): Point => {
    const symbol = outerSymbol(placement, side);
    return sidePoint(symbol, side, ports.next(`${placement.index}:${side}`, symbol));
  };
  const exits = new Map<number, Point>();
  const entries = new Map<number, Point>();
  for (const r of routes) {
    const from = page.byIndex.get(r.edge.from);
    if (drawn(from)) exits.set(r.edge.id, portAt(from, r.exitSide));
  }
  for (const r of routes) {
    const to = page.byIndex.get(r.edge.to);
    if (drawn(to)) entries.set(r.edge.id, portAt(to, r.entrySide));
  }
  return { exits, entries };
}

/** The connector slot of each straight (bottom port) edge leaving or entering the page. */
function claimStraightSlots(page: ArrowPage): Map<number, number> {
  const slots = new Map<number, number>();
  for (const edge of page.cross.filter((e) => e.port === 'bottom')) {
    const from = page.byIndex.get(edge.from);
    const to = page.byIndex.get(edge.to);
    if (drawn(from)) {
      const source = nearestSymbol(from.symbols, entryX(page.input, edge.to));
      slots.set(edge.id, page.bottomSlots.take(centreX(source)));
    } else if (to?.entry) {
      slots.set(edge.id, page.topSlots.take(centreX(to.entry)));
    }
  }
  return slots;
}

/**
 * Phase 3: side arrows through their lanes, or along a band to an off-page connector when one end
 * is on another page.
 */
function drawSideArrows(
  page: ArrowPage,
  routes: SideRoute[],
  ports: SidePorts,
  canvas: ArrowCanvas,
): void {
  const { topBand, bottomBand, measurer } = page.input;
  for (const r of routes) {
    const exit = ports.exits.get(r.edge.id);
    const entry = ports.entries.get(r.edge.id);
    if (exit && entry) {
      const run = [exit, { x: r.laneX, y: exit.y }, { x: r.laneX, y: entry.y }, entry];
      canvas.arrow(run, canvas.stepEnd(r.edge.from), canvas.stepEnd(r.edge.to));
    } else if (exit && bottomBand && r.bandY !== null) {
      drawSideToConnector(page, canvas, r, exit, bottomBand, r.bandY);
    } else if (entry && topBand && r.bandY !== null) {
      drawSideFromConnector(page, canvas, r, entry, topBand, r.bandY);
    }
    const from = page.byIndex.get(r.edge.from);
    if (exit && r.edge.label && drawn(from)) {
      const box = outerSymbol(from, r.exitSide).box;
      const goesUp = entry ? entry.y < exit.y : false;
      canvas.labels.push(sideLabel(r.edge.label, exit, r.exitSide, goesUp, box, measurer));
    }
  }
}

/** A side arrow leaving the page: down its lane, along the bottom band, into a connector there. */
function drawSideToConnector(
  page: ArrowPage,
  canvas: ArrowCanvas,
  r: SideRoute,
  exit: Point,
  bottomBand: Band,
  runY: number,
): void {
  const slot = page.bottomSlots.nearest(r.laneX);
  const top = bottomBand.y + bottomBand.height - 4 - CONNECTOR_HEIGHT;
  canvas.connector(slot, top, r.edge);
  const run = [exit, { x: r.laneX, y: exit.y }, { x: r.laneX, y: runY }, { x: slot, y: runY }];
  canvas.arrow(
    [...run, { x: slot, y: top }],
    canvas.stepEnd(r.edge.from),
    canvas.connectorEnd(r.edge),
  );
}

/** A side arrow entering the page: out of a connector in the top band, along it, down its lane. */
function drawSideFromConnector(
  page: ArrowPage,
  canvas: ArrowCanvas,
  r: SideRoute,
  entry: Point,
  topBand: Band,
  runY: number,
): void {
  const slot = page.topSlots.nearest(r.laneX);
  canvas.connector(slot, topBand.y + 4, r.edge);
  const start = { x: slot, y: topBand.y + 4 + CONNECTOR_HEIGHT };
  const run = [start, { x: slot, y: runY }, { x: r.laneX, y: runY }, { x: r.laneX, y: entry.y }];
  canvas.arrow([...run, entry], canvas.connectorEnd(r.edge), canvas.stepEnd(r.edge.to));
}

/** Phase 4: arrows to the next row: leave at the bottom, run in the gap, enter at the top. */
function drawNextRowArrows(
  page: ArrowPage,
  straightSlots: Map<number, number>,
  canvas: ArrowCanvas,
): void {
  const { topBand } = page.input;
  for (const edge of [...page.local, ...page.cross].filter((e) => e.port === 'bottom')) {
    const from = page.byIndex.get(edge.from);
    const to = page.byIndex.get(edge.to);
    const targetX = to?.entry ? centreX(to.entry) : entryX(page.input, edge.to);
    if (drawn(from)) {
      drawDownFrom(page, canvas, edge, from, targetX, straightSlots.get(edge.id));
    } else if (to?.entry && topBand) {
      const x = straightSlots.get(edge.id) ?? targetX;
      canvas.connector(x, topBand.y + 4, edge);
      const start = { x, y: topBand.y + 4 + CONNECTOR_HEIGHT };
      canvas.arrow(
        [start, { x, y: to.entry.box.y }],
        canvas.connectorEnd(edge),
        canvas.stepEnd(edge.to),
      );
    }
  }
}

/** The arrow out of a row's bottom: to the next row's entry, or down to a connector in the band. */
function drawDownFrom(
  page: ArrowPage,
  canvas: ArrowCanvas,
  edge: FlowEdge,
  from: RowPlacement,
  targetX: number,
  slot: number | undefined,
): void {
  const { bottomBand, measurer } = page.input;
  const to = page.byIndex.get(edge.to);
  const source = nearestSymbol(from.symbols, targetX);
  const start = { x: centreX(source), y: source.box.y + source.box.height };
  const rowBottom = from.box.y + from.box.height;
  if (to?.entry) {
    const gapY = (start.y + rowBottom) / 2;
    const end = { x: targetX, y: to.entry.box.y };
    const run = [start, { x: start.x, y: gapY }, { x: end.x, y: gapY }, end];
    canvas.arrow(run, canvas.stepEnd(edge.from), canvas.stepEnd(edge.to));
    if (edge.label) canvas.labels.push(bottomLabel(edge.label, start, end.x, measurer));
  } else if (bottomBand) {
    const top = bottomBand.y + bottomBand.height - 4 - CONNECTOR_HEIGHT;
    canvas.connector(slot ?? start.x, top, edge);
    canvas.arrow(
      [start, { x: start.x, y: top }],
      canvas.stepEnd(edge.from),
      canvas.connectorEnd(edge),
    );
    if (edge.label) canvas.labels.push(bottomLabel(edge.label, start, start.x, measurer));
  }
}

/** The page's primitives with the exit labels added last, so each can avoid every arrow. */
function withExitLabels(input: ArrowInput, canvas: ArrowCanvas): Primitive[] {
  const { columns, placements, measurer } = input;
  const out = canvas.primitives;
  const lastColumn = columns.executors[columns.executors.length - 1];
  const executorSpan = {
    left: columns.executors[0]?.x ?? columns.x,
    right: lastColumn ? lastColumn.x + lastColumn.width : columns.x,
  };
  const arrows = out.filter((p): p is ArrowPrimitive => p.kind === 'arrow');
  const obstacles = [
    ...placements.flatMap((p) => p.symbols.map((symbol) => symbol.box)),
    ...out.flatMap((p) => (p.kind === 'symbol' ? [p.box] : [])),
  ];
  out.push(...placeLabels(canvas.labels, arrows, obstacles, executorSpan, measurer));
  return out;
}

/** The arrows and connectors the drawing phases add, in order, and the labels they ask for. */
class ArrowCanvas {
  readonly primitives: Primitive[] = [];
  readonly labels: LabelRequest[] = [];

  constructor(private readonly input: ArrowInput) {}

  stepEnd(index: number): ArrowEnd {
    return { kind: 'step', stepId: this.input.doc.steps[index]?.id ?? '' };
  }

  connectorEnd(edge: FlowEdge): ArrowEnd {
    return { kind: 'connector', label: this.input.labels.get(edge.id) ?? '' };
  }

  /** An off-page connector with its label, its top at `y` and centred on `x`. */
  connector(x: number, y: number, edge: FlowEdge): void {
    const label = this.input.labels.get(edge.id) ?? '';
    const box = { x: x - CONNECTOR_WIDTH / 2, y, width: CONNECTOR_WIDTH, height: CONNECTOR_HEIGHT };
    this.primitives.push({ kind: 'symbol', shape: 'connector', box, stepId: null, label });
    const text = textAt([label], box.x, y + 2, box.width, CONNECTOR_LABEL, this.input.measurer);
    this.primitives.push(text);
  }

  arrow(points: Point[], from: ArrowEnd, to: ArrowEnd): void {
    this.primitives.push({ kind: 'arrow', points: simplify(points), from, to });
  }
}

function drawn(p: RowPlacement | undefined): p is RowPlacement {
  return p !== undefined && p.symbols.length > 0;
}

function firstColumn(p: RowPlacement): number {
  return p.symbols[0]?.column ?? 0;
}

function lastColumn(p: RowPlacement): number {
  return p.symbols[p.symbols.length - 1]?.column ?? 0;
}

/** The symbol of a row at its left or right edge, where side arrows touch a joint activity. */
function outerSymbol(placement: RowPlacement, side: Side): PlacedSymbol {
  const symbols = placement.symbols;
  return (side === 'left' ? symbols[0] : symbols[symbols.length - 1]) as PlacedSymbol;
}

function centreX(symbol: PlacedSymbol): number {
  return symbol.box.x + symbol.box.width / 2;
}

function nearestSymbol(symbols: PlacedSymbol[], x: number): PlacedSymbol {
  return [...symbols].sort(
    (a, b) => Math.abs(centreX(a) - x) - Math.abs(centreX(b) - x),
  )[0] as PlacedSymbol;
}

/** Centre x of the column where the flow enters a step that is on another page. */
function entryX(input: ArrowInput, index: number): number {
  const step = input.doc.steps[index];
  const column = input.doc.executors.findIndex((e) => e.id === step?.executors[0]);
  const executor = input.columns.executors[column];
  return executor ? executor.x + executor.width / 2 : input.columns.x;
}

/** Drops points that repeat or lie on a straight run, so each segment is a real turn. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const before = out[out.length - 2];
    if (last && before) {
      const vertical = Math.abs(before.x - last.x) < 0.01 && Math.abs(last.x - p.x) < 0.01;
      const horizontal = Math.abs(before.y - last.y) < 0.01 && Math.abs(last.y - p.y) < 0.01;
      if (vertical || horizontal) out.pop();
    }
    out.push(p);
  }
  return out;
}
