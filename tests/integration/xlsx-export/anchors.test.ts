// Sheet geometry: Excel column widths that show exactly the pixels asked for, column edges that
// never drift, row heights on whole pixels, and layout points mapped to cell + EMU offset.

import { describe, expect, it } from 'vitest';
import { columnPixels, columnWidthChars } from '../../../electron/services/ooxml/units';
import { Axis, pixelWidths, rowHeightPoints } from '../../../electron/services/xlsx-export/anchors';

describe('sheet geometry', () => {
  it('gives each pixel width a column width Excel shows at exactly that width', () => {
    for (let px = 1; px <= 2_000; px++) expect(columnPixels(columnWidthChars(px))).toBe(px);
  });

  it('rounds column edges, not widths, so the table keeps its total width', () => {
    const edges = Array.from({ length: 40 }, (_, i) => 56.69 + i * 20.37);
    const widths = pixelWidths(edges);
    const total = widths.reduce((a, b) => a + b, 0);
    const last = edges[edges.length - 1] ?? 0;
    const first = edges[0] ?? 0;
    expect(Math.abs(total - ((last - first) * 96) / 72)).toBeLessThanOrEqual(1);
  });

  it('keeps row heights on whole pixels (0.75 pt)', () => {
    expect(rowHeightPoints(48.2)).toBe(48);
    expect(rowHeightPoints(48.4)).toBe(48.75);
    expect(rowHeightPoints(0.1)).toBe(0.75);
  });

  it('maps a layout coordinate to its segment and a proportional EMU offset', () => {
    const axis = new Axis();
    axis.push(10, 20, 254_000); // points 10–30 shown 20 pt wide
    axis.push(30, 40, 762_000); // points 30–70 shown 60 pt wide
    expect(axis.locate(10)).toEqual({ index: 0, offset: 0 });
    expect(axis.locate(20)).toEqual({ index: 0, offset: 127_000 });
    expect(axis.locate(30)).toEqual({ index: 1, offset: 0 });
    expect(axis.locate(50)).toEqual({ index: 1, offset: 381_000 });
    expect(axis.absolute(1, 381_000)).toBe(254_000 + 381_000);
    // Past the end clamps to the last segment's far edge; a range limits the search.
    expect(axis.locate(90)).toEqual({ index: 1, offset: 762_000 });
    expect(axis.locate(5, 1, 1)).toEqual({ index: 1, offset: 0 });
  });
});
