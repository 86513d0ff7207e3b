// The clipping area of a page's drawing, kept as its box: what a producer paints outside it is
// not seen (LibreOffice clips a connector running across a page break to the rows of its page).

import type { PdfPath, PdfPoint, PdfSegment } from './page';

export type ClipBox = { x0: number; y0: number; x1: number; y1: number };

/** The box of `segments` within `clip` (the new clipping area after a clip path). */
export function narrowClip(clip: ClipBox | null, segments: readonly PdfSegment[]): ClipBox | null {
  const points = segments.flatMap((s) => [s.from, s.to]);
  if (points.length === 0) return clip;
  const box = {
    x0: Math.min(...points.map((p) => p.x)),
    y0: Math.min(...points.map((p) => p.y)),
    x1: Math.max(...points.map((p) => p.x)),
    y1: Math.max(...points.map((p) => p.y)),
  };
  if (!clip) return box;
  return {
    x0: Math.max(clip.x0, box.x0),
    y0: Math.max(clip.y0, box.y0),
    x1: Math.min(clip.x1, box.x1),
    y1: Math.min(clip.y1, box.y1),
  };
}

/** `path` as seen through `clip`: lines cut at its edges, pieces wholly outside dropped. */
export function clipPath(path: PdfPath, clip: ClipBox | null): PdfPath | null {
  if (!clip) return path;
  const segments = path.segments.flatMap((s) => clipSegment(s, clip));
  if (segments.length === 0) return null;
  const whole =
    segments.length === path.segments.length && segments.every((s, i) => s === path.segments[i]);
  return whole ? path : { ...path, segments, closed: false };
}

/** Points this far outside the clip still count as inside (rounding of the producer). */
const SLACK = 0.5;

function clipSegment(segment: PdfSegment, clip: ClipBox): PdfSegment[] {
  if (segment.kind === 'curve') {
    const points = [segment.from, segment.to, ...segment.controls];
    return points.some((p) => inside(p, clip)) ? [segment] : [];
  }
  const cut = clipLine(segment.from, segment.to, clip);
  if (!cut) return [];
  const [from, to] = cut;
  return from === segment.from && to === segment.to ? [segment] : [{ kind: 'line', from, to }];
}

function inside(p: PdfPoint, clip: ClipBox): boolean {
  return (
    p.x >= clip.x0 - SLACK &&
    p.x <= clip.x1 + SLACK &&
    p.y >= clip.y0 - SLACK &&
    p.y <= clip.y1 + SLACK
  );
}

/** Liang–Barsky: the part of the line from `a` to `b` inside `clip`, or null. */
function clipLine(a: PdfPoint, b: PdfPoint, clip: ClipBox): [PdfPoint, PdfPoint] | null {
  if (inside(a, clip) && inside(b, clip)) return [a, b];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - clip.x0],
    [dx, clip.x1 - a.x],
    [-dy, a.y - clip.y0],
    [dy, clip.y1 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  const at = (t: number): PdfPoint => ({ x: a.x + t * dx, y: a.y + t * dy });
  return [t0 === 0 ? a : at(t0), t1 === 1 ? b : at(t1)];
}
