// Sorts a page's drawing into what the recogniser reasons about: closed outlines (symbols and
// cells), arrowheads, and straight pieces (table rules and connectors). Producers differ: this
// app strokes lines and outlines; Office printing through EMF fills thin polygons around every
// line and rings around every symbol. Both end up as the same pieces and outlines here.

import type { PdfPage, PdfPoint } from '../page';
import {
  boxOfPoints,
  containsBox,
  height,
  inflate,
  outlinePoints,
  perimeter,
  piecesOf,
  polygonArea,
  subpathsOf,
  vertices,
  width,
  type Box,
  type Piece,
  type Subpath,
} from './geometry';

/** A closed outline big enough to be a symbol or a cell. */
export type Outline = { subpath: Subpath; box: Box };

/** A filled triangle: where it points and the middle of its base. */
export type Arrowhead = { tip: PdfPoint; base: PdfPoint; box: Box };

export type Drawing = { outlines: Outline[]; arrowheads: Arrowhead[]; pieces: Piece[] };

/** A filled shape thinner than this is a line drawn as an outline (points). */
const THIN = 2.5;
const MAX_ARROWHEAD = 12;
const MIN_OUTLINE = 6;

export function readPageDrawing(page: PdfPage): Drawing {
  const outlines: Outline[] = [];
  const arrowheads: Arrowhead[] = [];
  const pieces: Piece[] = [];
  for (const path of page.paths) {
    for (const subpath of subpathsOf(path)) {
      sortSubpath(subpath, { outlines, arrowheads, pieces });
    }
  }
  return { outlines: withoutInnerRings(outlines), arrowheads, pieces };
}

function sortSubpath(subpath: Subpath, drawing: Drawing): void {
  const visible = subpath.stroked || (subpath.fill !== null && !isWhite(subpath.fill));
  if (!visible) return;
  const own = piecesOf(subpath.segments);
  if (subpath.fill !== null && subpath.closed) {
    const arrowhead = asArrowhead(subpath);
    if (arrowhead) {
      drawing.arrowheads.push(arrowhead);
      return;
    }
    if (thickness(subpath, own) <= THIN) {
      drawing.pieces.push(...own);
      return;
    }
  }
  const big = width(subpath.box) >= MIN_OUTLINE && height(subpath.box) >= MIN_OUTLINE;
  if (subpath.closed && big) {
    drawing.outlines.push({ subpath, box: subpath.box });
    return;
  }
  if (subpath.stroked) drawing.pieces.push(...own);
}

function isWhite(colour: string): boolean {
  return colour === '#ffffff';
}

/** Twice the area over the perimeter: the width of a long thin shape. */
function thickness(subpath: Subpath, pieces: readonly Piece[]): number {
  const length = perimeter(pieces);
  return length === 0 ? 0 : (2 * polygonArea(outlinePoints(subpath.segments))) / length;
}

function asArrowhead(subpath: Subpath): Arrowhead | null {
  const box = subpath.box;
  if (Math.max(width(box), height(box)) > MAX_ARROWHEAD) return null;
  if (subpath.segments.some((s) => s.kind === 'curve')) return null;
  const corners = vertices(subpath.segments);
  if (corners.length !== 3) return null;
  // The tip is the corner opposite the shortest side.
  let best = 0;
  let shortest = Infinity;
  for (let i = 0; i < 3; i++) {
    const a = corners[(i + 1) % 3]!;
    const b = corners[(i + 2) % 3]!;
    const side = Math.hypot(a.x - b.x, a.y - b.y);
    if (side < shortest) {
      shortest = side;
      best = i;
    }
  }
  const tip = corners[best]!;
  const a = corners[(best + 1) % 3]!;
  const b = corners[(best + 2) % 3]!;
  return { tip, base: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, box: boxOfPoints(corners) };
}

/** A ring (an outline with a hole, as EMF paints a stroked symbol) counts once: the outer line. */
function withoutInnerRings(outlines: Outline[]): Outline[] {
  const sorted = [...outlines].sort((a, b) => area(b.box) - area(a.box));
  const kept: Outline[] = [];
  for (const outline of sorted) {
    const ring = kept.some(
      (outer) =>
        containsBox(inflate(outer.box, 0.5), outline.box) &&
        width(outer.box) - width(outline.box) <= 3 &&
        height(outer.box) - height(outline.box) <= 3,
    );
    if (!ring) kept.push(outline);
  }
  return kept;
}

const area = (box: Box): number => width(box) * height(box);
