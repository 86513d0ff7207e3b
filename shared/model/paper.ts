// The paper an SOP is printed on (docs/format.md §4): the three landscape sizes offices use, with
// their page dimensions. The one list every schema, menu and renderer takes its papers from.

import { z } from 'zod';

export const PAPERS = ['A4', 'F4', 'Legal'] as const;

export type Paper = (typeof PAPERS)[number];

export const paperSchema = z.enum(PAPERS);

export function isPaper(value: unknown): value is Paper {
  return typeof value === 'string' && (PAPERS as readonly string[]).includes(value);
}

export const POINTS_PER_MM = 72 / 25.4;

/** Millimetres in PDF points. */
export const mm = (value: number): number => value * POINTS_PER_MM;

/** Landscape page sizes in points: A4 297 × 210 mm, F4 330 × 215 mm, Legal 14 × 8.5 in. */
export const PAPER_SIZES: Record<Paper, { width: number; height: number }> = {
  A4: { width: mm(297), height: mm(210) },
  F4: { width: mm(330), height: mm(215) },
  Legal: { width: 1008, height: 612 },
};
