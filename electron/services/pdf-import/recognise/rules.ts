// The horizontal and vertical rules of a page: every axis-aligned straight piece, and the sides of
// rectangular outlines (this app strokes each cell as a rectangle). Collinear pieces that touch
// are merged, so a border drawn cell by cell is one rule; the table is read from these.

import type { Drawing } from './drawing';
import { classifyOutline } from './symbols';
import type { Piece } from './geometry';

/** A horizontal rule at `at` from `from` to `to` (x), or a vertical one (y). */
export type Rule = { at: number; from: number; to: number };

export type Rules = { horizontal: Rule[]; vertical: Rule[] };

const ALIGNED = 0.6;
const SAME_LINE = 1.6;
const GAP = 2;

export function readRules(drawing: Drawing): Rules {
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  const add = (piece: Piece) => {
    const dx = Math.abs(piece.to.x - piece.from.x);
    const dy = Math.abs(piece.to.y - piece.from.y);
    if (dy <= ALIGNED && dx > dy) {
      horizontal.push(span((piece.from.y + piece.to.y) / 2, piece.from.x, piece.to.x));
    } else if (dx <= ALIGNED && dy > dx) {
      vertical.push(span((piece.from.x + piece.to.x) / 2, piece.from.y, piece.to.y));
    }
  };
  drawing.pieces.forEach(add);
  for (const outline of drawing.outlines) {
    if (classifyOutline(outline) !== 'process') continue;
    const { x0, y0, x1, y1 } = outline.box;
    horizontal.push(span(y0, x0, x1), span(y1, x0, x1));
    vertical.push(span(x0, y0, y1), span(x1, y0, y1));
  }
  return { horizontal: merge(horizontal), vertical: merge(vertical) };
}

function span(at: number, a: number, b: number): Rule {
  return { at, from: Math.min(a, b), to: Math.max(a, b) };
}

/** Collinear rules that overlap or nearly touch become one. */
function merge(rules: Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const lines: Rule[][] = [];
  for (const rule of sorted) {
    const line = lines[lines.length - 1];
    if (line && rule.at - line[0]!.at <= SAME_LINE) line.push(rule);
    else lines.push([rule]);
  }
  const merged: Rule[] = [];
  for (const line of lines) {
    const at = line.reduce((sum, r) => sum + r.at, 0) / line.length;
    const runs = [...line].sort((a, b) => a.from - b.from);
    let current: Rule | null = null;
    for (const r of runs) {
      if (current && r.from <= current.to + GAP) current.to = Math.max(current.to, r.to);
      else {
        current = { at, from: r.from, to: r.to };
        merged.push(current);
      }
    }
  }
  return merged;
}

/** Rules that cross the line at `position` (a y for vertical rules, an x for horizontal ones). */
export function crossing(rules: readonly Rule[], position: number, slack = 1): Rule[] {
  return rules.filter((r) => r.from - slack <= position && r.to + slack >= position);
}
