// Plane geometry the recogniser shares: boxes, subpaths, outline points and distances, in page
// points with y going down.

import type { PdfPath, PdfPoint, PdfSegment } from '../page';

export type Box = { x0: number; y0: number; x1: number; y1: number };

/** One connected run of a path's segments, painted as its path was. */
export type Subpath = {
  segments: PdfSegment[];
  closed: boolean;
  stroked: boolean;
  /** The fill colour, or null when not filled. */
  fill: string | null;
  box: Box;
};

/** A straight piece of drawing: a line, a curve's chord, or a thin filled shape's edge. */
export type Piece = { from: PdfPoint; to: PdfPoint };

const JOIN = 0.05;

export const width = (box: Box): number => box.x1 - box.x0;
export const height = (box: Box): number => box.y1 - box.y0;
export const centreX = (box: Box): number => (box.x0 + box.x1) / 2;
export const centreY = (box: Box): number => (box.y0 + box.y1) / 2;

export function boxOfPoints(points: readonly PdfPoint[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    if (p.x < x0) x0 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.x > x1) x1 = p.x;
    if (p.y > y1) y1 = p.y;
  }
  return { x0, y0, x1, y1 };
}

export function inflate(box: Box, by: number): Box {
  return { x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by };
}

export function contains(box: Box, p: PdfPoint): boolean {
  return p.x >= box.x0 && p.x <= box.x1 && p.y >= box.y0 && p.y <= box.y1;
}

export function containsBox(outer: Box, inner: Box): boolean {
  return (
    inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1
  );
}

export const near = (a: PdfPoint, b: PdfPoint, tolerance: number): boolean =>
  Math.abs(a.x - b.x) <= tolerance && Math.abs(a.y - b.y) <= tolerance;

/** A path's connected runs: a new one starts wherever a segment does not continue the last. */
export function subpathsOf(path: PdfPath): Subpath[] {
  const runs: PdfSegment[][] = [];
  let run: PdfSegment[] = [];
  for (const segment of path.segments) {
    const last = run[run.length - 1];
    if (last && !near(last.to, segment.from, JOIN)) {
      runs.push(run);
      run = [];
    }
    run.push(segment);
  }
  if (run.length > 0) runs.push(run);
  return runs.map((segments) => {
    const first = segments[0]!;
    const last = segments[segments.length - 1]!;
    return {
      segments,
      closed: near(first.from, last.to, JOIN) && segments.length > 1,
      stroked: path.stroke !== null,
      fill: path.fill,
      box: boxOfPoints(outlinePoints(segments)),
    };
  });
}

function cubicPoint(s: Extract<PdfSegment, { kind: 'curve' }>, t: number): PdfPoint {
  const u = 1 - t;
  const [c1, c2] = s.controls;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * s.from.x + b * c1.x + c * c2.x + d * s.to.x,
    y: a * s.from.y + b * c1.y + c * c2.y + d * s.to.y,
  };
}

/** Points along the outline: every line end, and curves sampled so their bulge counts. */
export function outlinePoints(segments: readonly PdfSegment[]): PdfPoint[] {
  const points: PdfPoint[] = [];
  for (const s of segments) {
    points.push(s.from);
    if (s.kind === 'curve') for (const t of [0.25, 0.5, 0.75]) points.push(cubicPoint(s, t));
    points.push(s.to);
  }
  return points;
}

/** The outline as straight pieces (a curve by its sampled points). */
export function piecesOf(segments: readonly PdfSegment[]): Piece[] {
  const pieces: Piece[] = [];
  for (const s of segments) {
    if (s.kind === 'line') {
      pieces.push({ from: s.from, to: s.to });
      continue;
    }
    let from = s.from;
    for (const t of [0.25, 0.5, 0.75, 1]) {
      const to = cubicPoint(s, t);
      pieces.push({ from, to });
      from = to;
    }
  }
  return pieces;
}

export function distanceToPiece(p: PdfPoint, piece: Piece): number {
  const dx = piece.to.x - piece.from.x;
  const dy = piece.to.y - piece.from.y;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((p.x - piece.from.x) * dx + (p.y - piece.from.y) * dy) / length2));
  return Math.hypot(p.x - (piece.from.x + t * dx), p.y - (piece.from.y + t * dy));
}

/** Area of the polygon through the outline points (shoelace), always positive. */
export function polygonArea(points: readonly PdfPoint[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    sum += a.x * b.y - b.x * a.y;
  }
  return Math.abs(sum) / 2;
}

export function perimeter(pieces: readonly Piece[]): number {
  return pieces.reduce((sum, p) => sum + Math.hypot(p.to.x - p.from.x, p.to.y - p.from.y), 0);
}

/** The outline's distinct corners: line ends, with repeats and the closing point removed. */
export function vertices(segments: readonly PdfSegment[]): PdfPoint[] {
  const points: PdfPoint[] = [];
  for (const s of segments) {
    const last = points[points.length - 1];
    if (!last || !near(last, s.from, 0.3)) points.push(s.from);
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (first && last && points.length > 1 && near(first, last, 0.3)) points.pop();
  return points;
}
