// Names a closed outline by its geometry (docs/format.md §3.1): which corners of its box the
// outline reaches and where it touches the box's sides. A rectangle reaches all four corners; a
// pentagon pointing down the two upper ones; a capsule none but runs along its top and bottom; a
// diamond touches its box only in the middle of each side; a circle is an on-page connector.

import type { PdfPoint } from '../page';
import { distanceToPiece, height, piecesOf, width, type Box, type Piece } from './geometry';
import type { Outline } from './drawing';

export type SymbolKind = 'terminator' | 'process' | 'decision' | 'offpage' | 'circle';

/** A corner or side point counts as reached when the outline passes this close (share of the box's smaller side). */
const REACH = 0.08;

export function classifyOutline(outline: Outline): SymbolKind | null {
  const box = outline.box;
  const w = width(box);
  const h = height(box);
  const pieces = piecesOf(outline.subpath.segments);
  const tolerance = Math.max(0.8, REACH * Math.min(w, h));
  const reaches = (p: PdfPoint) => pieces.some((piece) => distanceToPiece(p, piece) <= tolerance);
  const [topLeft, topRight, bottomRight, bottomLeft] = corners(box).map(reaches);
  const cornerCount = [topLeft, topRight, bottomRight, bottomLeft].filter(Boolean).length;
  if (cornerCount === 4) return 'process';
  if (topLeft && topRight && !bottomLeft && !bottomRight && reaches(mid(box, 0.5, 1))) {
    return 'offpage';
  }
  if (cornerCount > 0) return null;
  const alongTop = reaches(mid(box, 0.3, 0)) && reaches(mid(box, 0.7, 0));
  const alongBottom = reaches(mid(box, 0.3, 1)) && reaches(mid(box, 0.7, 1));
  if (alongTop && alongBottom) return w / h < 1.15 ? 'circle' : 'terminator';
  const sideMiddles = [mid(box, 0.5, 0), mid(box, 1, 0.5), mid(box, 0.5, 1), mid(box, 0, 0.5)];
  if (sideMiddles.every(reaches) && isDiamond(pieces, box, tolerance)) return 'decision';
  if (sideMiddles.every(reaches)) return 'circle';
  return null;
}

function corners(box: Box): PdfPoint[] {
  return [
    { x: box.x0, y: box.y0 },
    { x: box.x1, y: box.y0 },
    { x: box.x1, y: box.y1 },
    { x: box.x0, y: box.y1 },
  ];
}

/** The point at shares (sx, sy) of the box. */
function mid(box: Box, sx: number, sy: number): PdfPoint {
  return { x: box.x0 + sx * width(box), y: box.y0 + sy * height(box) };
}

/** A diamond passes through the midpoint between two side middles; an ellipse bulges outside it. */
function isDiamond(pieces: readonly Piece[], box: Box, tolerance: number): boolean {
  const quarter = mid(box, 0.25, 0.25);
  return pieces.some((piece) => distanceToPiece(quarter, piece) <= tolerance);
}
