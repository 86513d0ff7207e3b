// The arrows of one flowchart page: the flow to the next row through the row gap, decision exits and
// back edges through the corridor lanes beside the symbols, and off-page connector pairs in the bands.

import type { SopDocument } from '../model';
import type { FlowColumns } from './columns';
import { bottomLabel, placeLabels, sideLabel, type LabelRequest } from './exit-labels';
import type { FlowEdge } from './graph';
import type { TextMeasurer } from './measure';
import { textAt } from './primitives';
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

const CONNECTOR_LABEL_SIZE = 7;
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

export function routeArrows(input: ArrowInput): Primitive[] {
  const { columns, placements, edges, incoming, outgoing, topBand, bottomBand } = input;
  const byIndex = new Map(placements.map((p) => [p.index, p]));
  const out: Primitive[] = [];
  const labels: LabelRequest[] = [];
  const lanes = new CorridorLanes(columns);
  const ports = new PortAllocator();
  const topSlots = new ConnectorSlots(columns);
  const bottomSlots = new ConnectorSlots(columns);
  const n = columns.executors.length;
  const lastColumn = columns.executors[n - 1];
  const executorSpan = {
    left: columns.executors[0]?.x ?? columns.x,
    right: lastColumn ? lastColumn.x + lastColumn.width : columns.x,
  };
  const drawn = (p: RowPlacement | undefined): p is RowPlacement =>
    p !== undefined && p.symbols.length > 0;
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

  // 1. Corridor and lane of every side arrow, decisions' own exits first so they get the centre port.
  const usedExitSide = new Map<number, Side>();
  const sideRoutes: SideRoute[] = [];
  for (const edge of [...local, ...cross].filter((e) => e.port === 'side')) {
    const from = byIndex.get(edge.from);
    const to = byIndex.get(edge.to);
    const ends = [from, to].filter(drawn);
    const left = Math.min(...ends.map((p) => p.symbols[0]?.column ?? 0));
    const right = Math.max(...ends.map((p) => p.symbols[p.symbols.length - 1]?.column ?? 0));
    let leftCost = ends.reduce((sum, p) => sum + (p.symbols[0]?.column ?? 0) - left, 0);
    let rightCost = ends.reduce(
      (sum, p) => sum + right - (p.symbols[p.symbols.length - 1]?.column ?? 0),
      0,
    );
    const taken = usedExitSide.get(edge.from);
    if (taken === 'left') leftCost += 100;
    if (taken === 'right') rightCost += 100;
    // On a tie, the corridor inside the table beats the one along its outer border.
    if (left === 0) leftCost += 0.5;
    if (right === n - 1) rightCost += 0.5;
    const preferred: Side = leftCost < rightCost ? 'left' : 'right';
    // Between a source and a target in different columns, the corridors separating them give the
    // shortest route: out of the facing side of one, into the facing side of the other.
    const between = facingCorridors(from, to, taken);
    const outside = corridorOrder(left, right, n, preferred).flatMap((o) => o.corridors);
    const bandY = bandRun.get(edge.id) ?? null;
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
    if (drawn(from)) usedExitSide.set(edge.from, exitSide);
    sideRoutes.push({ edge, exitSide, entrySide: facing?.entrySide ?? side, laneX: lane.x, bandY });
  }

  // 2. Ports: exits before entries, so a decision's exits sit at its side vertices.
  const portAt = (placement: RowPlacement, side: Side): Point => {
    const symbol = (
      side === 'left' ? placement.symbols[0] : placement.symbols[placement.symbols.length - 1]
    ) as PlacedSymbol;
    return sidePoint(symbol, side, ports.next(`${placement.index}:${side}`, symbol));
  };
  const exits = new Map<number, Point>();
  const entries = new Map<number, Point>();
  for (const r of sideRoutes) {
    const from = byIndex.get(r.edge.from);
    if (drawn(from)) exits.set(r.edge.id, portAt(from, r.exitSide));
  }
  for (const r of sideRoutes) {
    const to = byIndex.get(r.edge.to);
    if (drawn(to)) entries.set(r.edge.id, portAt(to, r.entrySide));
  }

  const stepEnd = (index: number): ArrowEnd => ({
    kind: 'step',
    stepId: input.doc.steps[index]?.id ?? '',
  });
  const connectorEnd = (edge: FlowEdge): ArrowEnd => ({
    kind: 'connector',
    label: input.labels.get(edge.id) ?? '',
  });
  const connector = (x: number, y: number, edge: FlowEdge): void => {
    const label = input.labels.get(edge.id) ?? '';
    const box = { x: x - CONNECTOR_WIDTH / 2, y, width: CONNECTOR_WIDTH, height: CONNECTOR_HEIGHT };
    out.push({ kind: 'symbol', shape: 'connector', box, stepId: null, label });
    const text = textAt(
      [label],
      box.x,
      y + 2,
      box.width,
      { fontSize: CONNECTOR_LABEL_SIZE, bold: true, align: 'center', role: 'connector-label' },
      input.measurer,
    );
    out.push(text);
  };
  const arrow = (points: Point[], from: ArrowEnd, to: ArrowEnd): void => {
    out.push({ kind: 'arrow', points: simplify(points), from, to });
  };

  // Straight connectors sit right under (or above) their symbol: claim those slots first.
  const straightSlot = new Map<number, number>();
  for (const edge of cross.filter((e) => e.port === 'bottom')) {
    const from = byIndex.get(edge.from);
    const to = byIndex.get(edge.to);
    if (drawn(from)) {
      straightSlot.set(
        edge.id,
        bottomSlots.take(centreX(nearestSymbol(from.symbols, entryX(input, edge.to)))),
      );
    } else if (to?.entry) {
      straightSlot.set(edge.id, topSlots.take(centreX(to.entry)));
    }
  }

  // 3. Side arrows.
  for (const r of sideRoutes) {
    const exit = exits.get(r.edge.id);
    const entry = entries.get(r.edge.id);
    if (exit && entry) {
      arrow(
        [exit, { x: r.laneX, y: exit.y }, { x: r.laneX, y: entry.y }, entry],
        stepEnd(r.edge.from),
        stepEnd(r.edge.to),
      );
    } else if (exit && bottomBand && r.bandY !== null) {
      const slot = bottomSlots.nearest(r.laneX);
      const top = bottomBand.y + bottomBand.height - 4 - CONNECTOR_HEIGHT;
      connector(slot, top, r.edge);
      const run = [
        exit,
        { x: r.laneX, y: exit.y },
        { x: r.laneX, y: r.bandY },
        { x: slot, y: r.bandY },
      ];
      arrow([...run, { x: slot, y: top }], stepEnd(r.edge.from), connectorEnd(r.edge));
    } else if (entry && topBand && r.bandY !== null) {
      const slot = topSlots.nearest(r.laneX);
      connector(slot, topBand.y + 4, r.edge);
      const start = { x: slot, y: topBand.y + 4 + CONNECTOR_HEIGHT };
      const run = [
        start,
        { x: slot, y: r.bandY },
        { x: r.laneX, y: r.bandY },
        { x: r.laneX, y: entry.y },
        entry,
      ];
      arrow(run, connectorEnd(r.edge), stepEnd(r.edge.to));
    }
    const from = byIndex.get(r.edge.from);
    if (exit && r.edge.label && drawn(from)) {
      const symbol = (
        r.exitSide === 'left' ? from.symbols[0] : from.symbols[from.symbols.length - 1]
      ) as PlacedSymbol;
      const goesUp = entry ? entry.y < exit.y : false;
      labels.push(sideLabel(r.edge.label, exit, r.exitSide, goesUp, symbol.box, input.measurer));
    }
  }

  // 4. Arrows to the next row: leave at the bottom, run in the gap, enter at the top.
  for (const edge of [...local, ...cross].filter((e) => e.port === 'bottom')) {
    const from = byIndex.get(edge.from);
    const to = byIndex.get(edge.to);
    const targetX = to?.entry ? centreX(to.entry) : entryX(input, edge.to);
    if (drawn(from)) {
      const source = nearestSymbol(from.symbols, targetX);
      const start = { x: centreX(source), y: source.box.y + source.box.height };
      const rowBottom = from.box.y + from.box.height;
      if (to?.entry) {
        const gapY = (start.y + rowBottom) / 2;
        const end = { x: targetX, y: to.entry.box.y };
        arrow(
          [start, { x: start.x, y: gapY }, { x: end.x, y: gapY }, end],
          stepEnd(edge.from),
          stepEnd(edge.to),
        );
        if (edge.label) labels.push(bottomLabel(edge.label, start, end.x, input.measurer));
      } else if (bottomBand) {
        const top = bottomBand.y + bottomBand.height - 4 - CONNECTOR_HEIGHT;
        connector(straightSlot.get(edge.id) ?? start.x, top, edge);
        arrow([start, { x: start.x, y: top }], stepEnd(edge.from), connectorEnd(edge));
        if (edge.label) labels.push(bottomLabel(edge.label, start, start.x, input.measurer));
      }
    } else if (to?.entry && topBand) {
      const x = straightSlot.get(edge.id) ?? targetX;
      connector(x, topBand.y + 4, edge);
      const start = { x, y: topBand.y + 4 + CONNECTOR_HEIGHT };
      arrow([start, { x, y: to.entry.box.y }], connectorEnd(edge), stepEnd(edge.to));
    }
  }
  // Labels last, so each can avoid every arrow of the page.
  const arrows = out.filter((p): p is ArrowPrimitive => p.kind === 'arrow');
  const obstacles = [
    ...placements.flatMap((p) => p.symbols.map((symbol) => symbol.box)),
    ...out.flatMap((p) => (p.kind === 'symbol' ? [p.box] : [])),
  ];
  out.push(...placeLabels(labels, arrows, obstacles, executorSpan, input.measurer));
  return out;
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
