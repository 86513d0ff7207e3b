// Arrow routing helpers: where an arrow touches a symbol's side, which corridor lane between the
// executor columns a side arrow runs in, and the slots of off-page connectors in a band.

import { corridorX, type FlowColumns } from './columns';
import type { Box, Point, SymbolShape } from './types';

export type PlacedSymbol = { column: number; box: Box; shape: SymbolShape };

export type Side = 'left' | 'right';

/** Vertical offsets, from the centre, of successive arrows touching the same side of a symbol. */
const PORT_OFFSETS = [0, -4, 4, -8, 8, -12, 12];

/** The point on a symbol's outline at its side, `dy` from its vertical centre. */
export function sidePoint(symbol: PlacedSymbol, side: Side, dy: number): Point {
  const { box, shape } = symbol;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const half = box.width / 2;
  const sign = side === 'right' ? 1 : -1;
  let reach = half;
  if (shape === 'decision') reach = half * (1 - Math.abs(dy) / (box.height / 2));
  if (shape === 'terminator') {
    const r = box.height / 2;
    reach = half - r + Math.sqrt(Math.max(0, r * r - dy * dy));
  }
  return { x: cx + sign * reach, y: cy + dy };
}

/** Hands out port offsets per symbol side so arrows meeting one side never share a segment. */
export class PortAllocator {
  private readonly used = new Map<string, number>();

  next(key: string, symbol: PlacedSymbol): number {
    const count = this.used.get(key) ?? 0;
    this.used.set(key, count + 1);
    const limit = symbol.box.height / 2 - 2;
    const offsets = PORT_OFFSETS.filter((o) => Math.abs(o) <= limit);
    return offsets[count % offsets.length] ?? 0;
  }
}

/** Distance of the first lane from the column border, and between lanes. */
const LANE_START = 5;
const LANE_STEP = 4;
/** Room a lane leaves before a symbol's side, for the arrow head. */
const LANE_CLEARANCE = 4.5;

type Lane = { x: number; busy: [number, number][] };

/**
 * The free vertical strips beside the symbols, around each executor column border ("corridor" b is
 * the border left of column b), each holding lanes that side arrows claim for a y interval.
 */
export class CorridorLanes {
  private readonly corridors: Lane[][] = [];

  constructor(private readonly columns: FlowColumns) {
    const n = columns.executors.length;
    const executorWidth = columns.executors[0]?.width ?? 0;
    const strip = (executorWidth - columns.symbol.width) / 2;
    for (let b = 0; b <= n; b++) {
      const x = corridorX(columns, b);
      const lanes: Lane[] = [];
      for (let offset = LANE_START; offset <= strip - LANE_CLEARANCE; offset += LANE_STEP) {
        if (b > 0) lanes.push({ x: x - offset, busy: [] });
        if (b < n) lanes.push({ x: x + offset, busy: [] });
      }
      if (lanes.length === 0)
        lanes.push({ x: x + (b < n ? 1 : -1) * Math.max(1, strip / 2), busy: [] });
      this.corridors.push(lanes);
    }
  }

  /**
   * Claims a lane for [y1, y2] in the first corridor of `order` that has a free one; when every
   * lane is taken the least busy lane of the first corridor is shared.
   */
  claim(order: number[], y1: number, y2: number): { x: number; corridor: number } {
    const lo = Math.min(y1, y2) - 3;
    const hi = Math.max(y1, y2) + 3;
    for (const corridor of order) {
      for (const lane of this.corridors[corridor] ?? []) {
        if (lane.busy.every(([a, z]) => z < lo || a > hi)) {
          lane.busy.push([lo, hi]);
          return { x: lane.x, corridor };
        }
      }
    }
    const corridor = order[0] ?? 0;
    const fallback = [...(this.corridors[corridor] ?? [])].sort(
      (a, b) => a.busy.length - b.busy.length,
    )[0];
    if (!fallback) return { x: corridorX(this.columns, corridor), corridor };
    fallback.busy.push([lo, hi]);
    return { x: fallback.x, corridor };
  }
}

/** Corridors to try for an arrow between column spans, nearest first, on the preferred side first. */
export function corridorOrder(
  left: number,
  right: number,
  executorCount: number,
  preferred: Side,
): { side: Side; corridors: number[] }[] {
  const leftSide = { side: 'left' as const, corridors: [] as number[] };
  for (let b = left; b >= 0; b--) leftSide.corridors.push(b);
  const rightSide = { side: 'right' as const, corridors: [] as number[] };
  for (let b = right + 1; b <= executorCount; b++) rightSide.corridors.push(b);
  return preferred === 'left' ? [leftSide, rightSide] : [rightSide, leftSide];
}

/** Corridors between a source and a target whose columns do not overlap, nearest to the source first. */
export function facingCorridors(
  from: { symbols: PlacedSymbol[] } | undefined,
  to: { symbols: PlacedSymbol[] } | undefined,
  takenExit: Side | undefined,
): { corridors: number[]; exitSide: Side; entrySide: Side } | null {
  const first = (p: { symbols: PlacedSymbol[] }): number => p.symbols[0]?.column ?? 0;
  const last = (p: { symbols: PlacedSymbol[] }): number =>
    p.symbols[p.symbols.length - 1]?.column ?? 0;
  if (!from?.symbols.length || !to?.symbols.length) return null;
  const corridors: number[] = [];
  if (last(from) < first(to) && takenExit !== 'right') {
    for (let b = last(from) + 1; b <= first(to); b++) corridors.push(b);
    return { corridors, exitSide: 'right', entrySide: 'left' };
  }
  if (last(to) < first(from) && takenExit !== 'left') {
    for (let b = first(from); b > last(to); b--) corridors.push(b);
    return { corridors, exitSide: 'left', entrySide: 'right' };
  }
  return null;
}

/** Off-page connector size (pentagon pointing down). */
export const CONNECTOR_WIDTH = 18;
export const CONNECTOR_HEIGHT = 16;

/** Hands out x positions for connectors in a band: column centres first, then beside them. */
export class ConnectorSlots {
  private readonly taken: number[] = [];

  constructor(private readonly columns: FlowColumns) {}

  take(x: number): number {
    this.taken.push(x);
    return x;
  }

  nearest(x: number): number {
    const candidates: number[] = [];
    for (const column of this.columns.executors) {
      const cx = column.x + column.width / 2;
      const room = column.width / 2 - CONNECTOR_WIDTH / 2 - 2;
      for (let step = 0; step * (CONNECTOR_WIDTH + 4) <= room; step++) {
        candidates.push(cx + step * (CONNECTOR_WIDTH + 4));
        if (step > 0) candidates.push(cx - step * (CONNECTOR_WIDTH + 4));
      }
    }
    const free = candidates.filter((c) =>
      this.taken.every((t) => Math.abs(t - c) >= CONNECTOR_WIDTH + 4),
    );
    const pool = free.length > 0 ? free : candidates;
    const best = pool.sort((a, b) => Math.abs(a - x) - Math.abs(b - x))[0] ?? x;
    return this.take(best);
  }
}
