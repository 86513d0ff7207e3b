// Page breaks of the flowchart table: rows never split, each page keeps room for the connector bands
// its crossing arrows need, and a break that would cut a decision from its targets moves up a little.

import type { FlowEdge } from './graph';

/** Height of a band holding `count` off-page connectors (0 when there are none). */
export function bandHeight(count: number): number {
  return count === 0 ? 0 : 26 + 5 * count;
}

type Range = { start: number; end: number };

/** How many rows a break may move up to keep a decision with its branch targets. */
const BREAK_BACKOFF = 3;

export function crossingCounts(
  edges: FlowEdge[],
  range: Range,
): { incoming: number; outgoing: number } {
  let incoming = 0;
  let outgoing = 0;
  const inside = (i: number): boolean => i >= range.start && i < range.end;
  for (const e of edges) {
    if (inside(e.to) && !inside(e.from)) incoming++;
    if (inside(e.from) && !inside(e.to)) outgoing++;
  }
  return { incoming, outgoing };
}

function pageHeight(heights: number[], edges: FlowEdge[], range: Range): number {
  const { incoming, outgoing } = crossingCounts(edges, range);
  let sum = bandHeight(incoming) + bandHeight(outgoing);
  for (let i = range.start; i < range.end; i++) sum += heights[i] ?? 0;
  return sum;
}

/** Splits rows into pages; returns the [start, end) row range of each page. */
export function paginateRows(
  heights: number[],
  edges: FlowEdge[],
  available: number,
  decisionRows: Set<number>,
): Range[] {
  const pages: Range[] = [];
  let start = 0;
  while (start < heights.length) {
    let end = start + 1;
    while (end < heights.length && pageHeight(heights, edges, { start, end: end + 1 }) <= available)
      end++;
    if (end < heights.length)
      end = keepDecisionsTogether(edges, decisionRows, start, end, heights, available);
    pages.push({ start, end });
    start = end;
  }
  return pages;
}

/** Among the last few possible breaks, pick the one cutting the fewest decision arrows. */
function keepDecisionsTogether(
  edges: FlowEdge[],
  decisionRows: Set<number>,
  start: number,
  end: number,
  heights: number[],
  available: number,
): number {
  const cut = (at: number): number =>
    edges.filter(
      (e) =>
        (decisionRows.has(e.from) || decisionRows.has(e.to)) &&
        Math.min(e.from, e.to) < at &&
        Math.max(e.from, e.to) >= at &&
        Math.min(e.from, e.to) >= start,
    ).length;
  let best = end;
  let bestCut = cut(end);
  for (let at = end - 1; at > start && at >= end - BREAK_BACKOFF; at--) {
    if (pageHeight(heights, edges, { start, end: at }) > available) continue;
    const c = cut(at);
    if (c < bestCut) {
      best = at;
      bestCut = c;
    }
  }
  return best;
}
