// Sheet geometry for the export: layout points to Excel column widths, row heights and drawing
// anchors (`xdr:from`/`xdr:to`: column + offset, row + offset, offsets in EMU).

import type { Box } from '../../../shared/layout';
import type { Anchor } from './sheet-spec';

/** Row heights are shown in whole pixels: heights are kept to multiples of 0.75 pt. */
export function rowHeightPoints(points: number): number {
  return Math.max(0.75, Math.round(points / 0.75) * 0.75);
}

/**
 * Column widths in whole pixels for layout column edges in points: each edge is rounded, so the
 * error never adds up along a row.
 */
export function pixelWidths(edges: number[]): number[] {
  const px = edges.map((x) => Math.round((x * 96) / 72));
  return px.slice(1).map((right, i) => Math.max(1, right - (px[i] ?? 0)));
}

export type Marker = { col: number; colOff: number; row: number; rowOff: number };

/** One axis: segments with their extent in layout points and on the sheet in EMU. */
export class Axis {
  private readonly starts: number[] = [];
  private readonly sizes: number[] = [];
  private readonly emuStarts: number[] = [];
  private readonly emuSizes: number[] = [];

  /** Adds the next segment (a column or a row); `start` is null for rows not in the layout. */
  push(start: number, size: number, emu: number): void {
    const emuStart =
      (this.emuStarts[this.emuStarts.length - 1] ?? 0) +
      (this.emuSizes[this.emuSizes.length - 1] ?? 0);
    this.starts.push(start);
    this.sizes.push(size);
    this.emuStarts.push(emuStart);
    this.emuSizes.push(emu);
  }

  /** Segment index and offset (EMU) of a layout coordinate, among segments `from`..`to`. */
  locate(value: number, from = 0, to = this.starts.length - 1): { index: number; offset: number } {
    let index = to;
    for (let i = from; i <= to; i++) {
      const end = (this.starts[i] ?? 0) + (this.sizes[i] ?? 0);
      if (value < end) {
        index = i;
        break;
      }
    }
    const start = this.starts[index] ?? 0;
    const size = this.sizes[index] ?? 0;
    const emu = this.emuSizes[index] ?? 0;
    const ratio = size > 0 ? Math.min(1, Math.max(0, (value - start) / size)) : 0;
    return { index, offset: Math.round(ratio * emu) };
  }

  /** Layout points from the start of the first segment to the end of segment `count - 1`. */
  extent(count: number): number {
    const last = Math.min(count, this.starts.length) - 1;
    return last < 0
      ? 0
      : (this.starts[last] ?? 0) + (this.sizes[last] ?? 0) - (this.starts[0] ?? 0);
  }

  /** Absolute EMU of a segment index and offset. */
  absolute(index: number, offset: number): number {
    return (this.emuStarts[index] ?? 0) + offset;
  }
}

/**
 * Where a layout box lies on the sheet: the cells of its corners with offsets, and the same box in
 * sheet EMU. `fromRow`..`toRow` narrow the rows searched (the rows of the box's page).
 */
export function anchorOf(x: Axis, y: Axis, box: Box, fromRow?: number, toRow?: number): Anchor {
  const c1 = x.locate(box.x);
  const c2 = x.locate(box.x + box.width);
  const r1 = y.locate(box.y, fromRow, toRow);
  const r2 = y.locate(box.y + box.height, fromRow, toRow);
  const ax = x.absolute(c1.index, c1.offset);
  const ay = y.absolute(r1.index, r1.offset);
  return {
    from: { col: c1.index, colOff: c1.offset, row: r1.index, rowOff: r1.offset },
    to: { col: c2.index, colOff: c2.offset, row: r2.index, rowOff: r2.offset },
    x: ax,
    y: ay,
    cx: x.absolute(c2.index, c2.offset) - ax,
    cy: y.absolute(r2.index, r2.offset) - ay,
  };
}
