// Paper sizes (landscape, FORMAT.md §3) and the default layout settings of a document.

import type { Paper, SopDocument } from '../model';
import type { LayoutSettings, Margins } from './types';

export const POINTS_PER_MM = 72 / 25.4;

export const mm = (value: number): number => value * POINTS_PER_MM;

/** Landscape page sizes in points: A4 297 × 210 mm, F4 330 × 215 mm, Legal 356 × 216 mm. */
export const PAPER_SIZES: Record<Paper, { width: number; height: number }> = {
  A4: { width: mm(297), height: mm(210) },
  F4: { width: mm(330), height: mm(215) },
  Legal: { width: 1008, height: 612 },
};

/** 2 cm on the binding (left) side, 1.5 cm elsewhere, as offices print SOPs. */
export const DEFAULT_MARGINS: Margins = {
  top: mm(15),
  right: mm(15),
  bottom: mm(15),
  left: mm(20),
};

export function defaultLayoutSettings(doc: SopDocument): LayoutSettings {
  return {
    paper: doc.print.paper,
    margins: { ...DEFAULT_MARGINS },
    connectorLabels: 'letter',
    identityPage: true,
  };
}
