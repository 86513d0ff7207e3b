// The identity page's raw material: the page's text pieces joined into lines (a PDF writes a line
// in pieces: kerned fragments, justified words) and its ruling lines (cell borders, drawn as
// strokes or as thin filled rectangles), in page points, y going down (docs/format.md §9.5).

import type { PdfPage, PdfText } from '../page';
import { pieceLines, pieceText } from './text-lines';

export type TextLine = {
  text: string;
  x: number;
  y: number;
  right: number;
  bottom: number;
  size: number;
  bold: boolean;
  /** Words spread wider than a space apart: a justified line, so one that wraps on. */
  justified: boolean;
};

/** A horizontal (`y1 === y2`) or vertical (`x1 === x2`) ruling line. */
export type Rule = { x1: number; y1: number; x2: number; y2: number };

export type PageRules = { horizontal: Rule[]; vertical: Rule[] };

/** Pieces farther apart than this (× font size) are justified words. */
const SPREAD = 0.6;
/** Pieces farther apart than this (× font size) are separate texts (a label and its value). */
const SEPARATE = 1.2;

/**
 * The page's texts as lines, top to bottom, left to right (the joining rule of text-lines.ts); a
 * cell border or another font size ends a line.
 */
export function textLines(texts: readonly PdfText[], rules: PageRules): TextLine[] {
  const apart = (before: PdfText, piece: PdfText): boolean =>
    Math.abs(before.size - piece.size) >= 0.6 || ruledOff(rules, before, piece);
  return pieceLines(texts, { gap: SEPARATE, apart })
    .map(identityLine)
    .filter((line) => line.text !== '');
}

function ruledOff(rules: PageRules, before: PdfText, piece: PdfText): boolean {
  const y = piece.y + piece.height / 2;
  const right = before.x + before.width;
  return rules.vertical.some(
    (r) => r.x1 > right - 0.5 && r.x1 < piece.x + 0.5 && r.y1 <= y && r.y2 >= y,
  );
}

function identityLine(pieces: PdfText[]): TextLine {
  const first = pieces[0]!;
  const gaps = pieces.slice(1).map((p, i) => p.x - (pieces[i]!.x + pieces[i]!.width));
  return {
    text: pieceText(pieces),
    x: first.x,
    y: Math.min(...pieces.map((p) => p.y)),
    right: Math.max(...pieces.map((p) => p.x + p.width)),
    bottom: Math.max(...pieces.map((p) => p.y + p.height)),
    size: first.size,
    bold: first.bold,
    justified: gaps.some((gap, i) => gap > SPREAD * pieces[i + 1]!.size),
  };
}

/** Straight axis-aligned pieces of the page's painted paths (not white fills). */
export function pageRules(page: PdfPage): PageRules {
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  for (const path of page.paths) {
    if (path.stroke === null && (path.fill === null || path.fill === '#ffffff')) continue;
    for (const segment of path.segments) {
      if (segment.kind !== 'line') continue;
      const { from, to } = segment;
      if (Math.abs(from.y - to.y) < 0.5 && Math.abs(from.x - to.x) >= 3) {
        horizontal.push({
          x1: Math.min(from.x, to.x),
          x2: Math.max(from.x, to.x),
          y1: from.y,
          y2: from.y,
        });
      } else if (Math.abs(from.x - to.x) < 0.5 && Math.abs(from.y - to.y) >= 3) {
        vertical.push({
          x1: from.x,
          x2: from.x,
          y1: Math.min(from.y, to.y),
          y2: Math.max(from.y, to.y),
        });
      }
    }
  }
  return { horizontal, vertical };
}

/** Whether a horizontal rule crosses the band `left`..`right` between `top` and `bottom`. */
export function ruleAcross(
  rules: PageRules,
  left: number,
  right: number,
  top: number,
  bottom: number,
): boolean {
  return rules.horizontal.some(
    (r) => r.y1 > top && r.y1 < bottom && r.x1 <= left + 1 && r.x2 >= right - 1,
  );
}

/** The nearest horizontal rule over `x` above `y` (or below it), or null. */
export function nearestRule(
  rules: PageRules,
  x: number,
  y: number,
  direction: 'above' | 'below',
): number | null {
  let best: number | null = null;
  for (const r of rules.horizontal) {
    if (r.x1 > x || r.x2 < x) continue;
    if (direction === 'above' ? r.y1 > y : r.y1 < y) continue;
    if (best === null || Math.abs(r.y1 - y) < Math.abs(best - y)) best = r.y1;
  }
  return best;
}

/**
 * The vertical rule nearest to `x` on one `side` of it (at most `reach` away) that spans `y`, or
 * null.
 */
export function verticalRuleNear(
  rules: PageRules,
  x: number,
  y: number,
  reach: number,
  side: 'left' | 'right',
): number | null {
  let best: number | null = null;
  for (const r of rules.vertical) {
    if (r.y1 > y || r.y2 < y || Math.abs(r.x1 - x) > reach) continue;
    if (side === 'left' ? r.x1 > x : r.x1 < x) continue;
    if (best === null || Math.abs(r.x1 - x) < Math.abs(best - x)) best = r.x1;
  }
  return best;
}
