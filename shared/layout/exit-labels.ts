// Exit labels of decisions (Ya/Tidak or the document's pair), placed beside their arrows where they
// touch no line and never outside the executor columns.

import type { TextMeasurer } from './measure';
import { textAt } from './primitives';
import type { Side } from './route';
import type { Box, Point, Primitive } from './types';

const LABEL_SIZE = 6.5;

/** The exit label of a bottom exit: beside the arrow, on the side its turn does not go to. */
export function bottomLabel(
  label: string,
  start: Point,
  targetX: number,
  measurer: TextMeasurer,
): Primitive {
  const width = measurer.width(label, LABEL_SIZE, false);
  const x = targetX > start.x + 0.01 ? start.x - 2 - width : start.x + 2;
  return textAt(
    [label],
    x,
    start.y + 0.5,
    width,
    { fontSize: LABEL_SIZE, role: 'exit-label' },
    measurer,
  );
}

/** The exit label of a side exit: outside the symbol, away from where its lane goes. */
/**
 * The exit label of a side exit: beside the exit where the short run to the lane leaves room, else
 * on the side of the run the lane does not take, else above the symbol's outer half; never outside
 * the executor columns.
 */
export function sideLabel(
  label: string,
  exit: Point,
  route: {
    side: Side;
    laneX: number;
    goesUp: boolean;
    symbol: Box;
    executors: { left: number; right: number };
  },
  measurer: TextMeasurer,
): Primitive {
  const width = measurer.width(label, LABEL_SIZE, false);
  const height = measurer.lineHeight(LABEL_SIZE);
  const x = route.side === 'right' ? exit.x + 1.5 : exit.x - 1.5 - width;
  const beside = { x, y: route.goesUp ? exit.y + 0.5 : exit.y - height - 0.5 };
  const room = Math.abs(route.laneX - exit.x) - 3;
  const inside = x >= route.executors.left + 1 && x + width <= route.executors.right - 1;
  let place = beside;
  if (width > room && !inside) {
    const edge = route.side === 'right' ? route.symbol.x + route.symbol.width : route.symbol.x;
    place = { x: route.side === 'right' ? edge - width : edge, y: route.symbol.y - height - 0.5 };
  }
  return textAt(
    [label],
    place.x,
    place.y,
    width,
    { fontSize: LABEL_SIZE, role: 'exit-label' },
    measurer,
  );
}
