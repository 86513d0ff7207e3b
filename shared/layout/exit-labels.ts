// Exit labels of decisions (Ya/Tidak or the document's pair). Each label has a few candidate places
// near its exit; once every arrow of the page is routed, it takes the first that no arrow crosses
// and no symbol or other label covers, inside the executor columns.

import type { TextMeasurer } from './measure';
import { textAt } from './primitives';
import type { Side } from './route';
import type { ArrowPrimitive, Box, Point, Primitive } from './types';

const LABEL_SIZE = 6.5;

export type LabelRequest = { label: string; candidates: Box[] };

function size(label: string, measurer: TextMeasurer): { width: number; height: number } {
  return {
    width: measurer.width(label, LABEL_SIZE, false),
    height: measurer.lineHeight(LABEL_SIZE),
  };
}

/** A bottom exit: beside the arrow under the symbol, first on the side its turn does not go to. */
export function bottomLabel(
  label: string,
  start: Point,
  targetX: number,
  measurer: TextMeasurer,
): LabelRequest {
  const { width, height } = size(label, measurer);
  const left = { x: start.x - 2 - width, y: start.y + 0.5, width, height };
  const right = { x: start.x + 2, y: start.y + 0.5, width, height };
  return { label, candidates: targetX > start.x + 0.01 ? [left, right] : [right, left] };
}

/**
 * A side exit: beside the exit on the side of the run its lane does not take, then the other side,
 * further out step by step, then over or under the symbol's outer half.
 */
export function sideLabel(
  label: string,
  exit: Point,
  side: Side,
  goesUp: boolean,
  symbol: Box,
  measurer: TextMeasurer,
): LabelRequest {
  const { width, height } = size(label, measurer);
  const sign = side === 'right' ? 1 : -1;
  const first = goesUp ? exit.y + 0.5 : exit.y - height - 0.5;
  const second = goesUp ? exit.y - height - 0.5 : exit.y + 0.5;
  const candidates: Box[] = [];
  // Beside the exit, stepping outwards past lanes that run close to the symbol.
  for (let step = 0; step <= 6; step++) {
    const x = side === 'right' ? exit.x + 1.5 + 4 * step : exit.x - 1.5 - width - 4 * step;
    candidates.push({ x, y: first, width, height }, { x, y: second, width, height });
  }
  const outerX = side === 'right' ? symbol.x + symbol.width - width : symbol.x;
  candidates.push(
    { x: outerX, y: symbol.y - height - 0.5, width, height },
    { x: outerX, y: symbol.y + symbol.height + 0.5, width, height },
    { x: outerX + sign * 4, y: symbol.y - height - 0.5, width, height },
  );
  return { label, candidates };
}

function crosses(arrow: ArrowPrimitive, box: Box): boolean {
  for (let i = 1; i < arrow.points.length; i++) {
    const a = arrow.points[i - 1] as Point;
    const b = arrow.points[i] as Point;
    const xs = [Math.min(a.x, b.x), Math.max(a.x, b.x)] as const;
    const ys = [Math.min(a.y, b.y), Math.max(a.y, b.y)] as const;
    if (
      xs[1] > box.x + 0.5 &&
      xs[0] < box.x + box.width - 0.5 &&
      ys[1] > box.y + 0.5 &&
      ys[0] < box.y + box.height - 0.5
    ) {
      return true;
    }
  }
  return false;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function placeLabels(
  requests: LabelRequest[],
  arrows: ArrowPrimitive[],
  symbols: Box[],
  bounds: { left: number; right: number },
  measurer: TextMeasurer,
): Primitive[] {
  const placed: Box[] = [];
  return requests.map((request) => {
    const within = request.candidates.filter(
      (c) => c.x >= bounds.left + 1 && c.x + c.width <= bounds.right - 1,
    );
    const free = within.find(
      (c) =>
        !arrows.some((a) => crosses(a, c)) &&
        !symbols.some((s) => overlaps(s, c)) &&
        !placed.some((p) => overlaps(p, c)),
    );
    const box = free ?? within[0] ?? (request.candidates[0] as Box);
    placed.push(box);
    return textAt(
      [request.label],
      box.x,
      box.y,
      box.width,
      { fontSize: LABEL_SIZE, role: 'exit-label' },
      measurer,
    );
  });
}
