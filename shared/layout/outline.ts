// Outlines of the shapes that are polygons (diamond, pentagon, arrow head), shared by every renderer
// so the PDF, the SVG preview and the Excel shapes draw exactly the same geometry.

import type { Box, Point } from './types';

export const ARROW_HEAD_LENGTH = 4.5;
export const ARROW_HEAD_WIDTH = 3.6;

export function diamondOutline(box: Box): Point[] {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return [
    { x: cx, y: box.y },
    { x: box.x + box.width, y: cy },
    { x: cx, y: box.y + box.height },
    { x: box.x, y: cy },
  ];
}

/** The off-page connector: a pentagon pointing down (home plate upside down). */
export function connectorOutline(box: Box): Point[] {
  const shoulder = box.y + box.height * 0.6;
  return [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x + box.width, y: shoulder },
    { x: box.x + box.width / 2, y: box.y + box.height },
    { x: box.x, y: shoulder },
  ];
}

/** The filled triangle at the last point of an arrow, pointing along its last segment. */
export function arrowHead(points: Point[]): Point[] {
  const tip = points[points.length - 1];
  const before = points[points.length - 2];
  if (!tip || !before) return [];
  const dx = tip.x - before.x;
  const dy = tip.y - before.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const baseX = tip.x - ux * ARROW_HEAD_LENGTH;
  const baseY = tip.y - uy * ARROW_HEAD_LENGTH;
  const half = ARROW_HEAD_WIDTH / 2;
  return [
    { x: tip.x, y: tip.y },
    { x: baseX - uy * half, y: baseY + ux * half },
    { x: baseX + uy * half, y: baseY - ux * half },
  ];
}

/** The arrow's line stops where the head begins, so a thick line does not blunt the tip. */
export function arrowShaft(points: Point[]): Point[] {
  const head = arrowHead(points);
  const base =
    head[1] && head[2] ? { x: (head[1].x + head[2].x) / 2, y: (head[1].y + head[2].y) / 2 } : null;
  return base ? [...points.slice(0, -1), base] : points;
}
