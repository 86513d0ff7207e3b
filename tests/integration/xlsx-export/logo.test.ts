// The logo in the Excel export keeps its proportions: the picture's anchor, read back from the
// drawing part through the sheet's own column widths and row heights, has the picture's aspect
// ratio and stays inside the kop's columns and the rows above the agency lines; and the logo comes
// back from an export unchanged (round trip), with the review saying where it came from.

import { describe, expect, it } from 'vitest';
import type { Logo, SopDocument } from '../../../shared/model';
import { SheetGrid } from '../../../electron/services/ooxml/grid';
import { readPackage } from '../../../electron/services/ooxml/package';
import { readSheet } from '../../../electron/services/ooxml/sheet-read';
import { openZip } from '../../../electron/services/ooxml/zip-read';
import { readDrawing } from '../../../electron/services/xlsx-import/drawing-read';
import { exportWorkbook } from '../../../electron/services/xlsx-export/export';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { base64, jpegBytes, pngBytes } from '../../support/pictures';
import { differences } from './compare';
import { corpusDoc, part, parts } from './helpers';

function withLogo(logo: Logo): SopDocument {
  const doc = corpusDoc('02-jambore-imp');
  return { ...doc, identity: { ...doc.identity, logo } };
}

/** The logo's box on the identity sheet in EMU, read from the anchor as the importer reads it. */
function logoBox(bytes: Uint8Array) {
  const zip = openZip(bytes);
  const entry = readPackage(zip).sheets[0]!;
  const sheet = readSheet(zip, entry.name, entry.path, {
    sharedStrings: [],
    styles: { kind: [] },
    date1904: false,
  })!;
  const grid = new SheetGrid(sheet);
  const drawing = readDrawing(zip, sheet.drawingPath!, grid);
  const pictures = drawing.shapes.filter((shape) => shape.kind === 'picture');
  expect(pictures).toHaveLength(1);
  return { box: pictures[0]!.box, grid };
}

describe('logo in the Excel export', () => {
  const cases: Array<[string, Logo, number]> = [
    ['a wide PNG (3:1)', { mime: 'image/png', data: base64(pngBytes(300, 100)) }, 3],
    ['a tall PNG (1:3)', { mime: 'image/png', data: base64(pngBytes(60, 180)) }, 1 / 3],
    ['a JPEG (4:3)', { mime: 'image/jpeg', data: base64(jpegBytes(640, 480)) }, 4 / 3],
    ['a square PNG', { mime: 'image/png', data: base64(pngBytes(64, 64)) }, 1],
  ];
  for (const [name, logo, ratio] of cases) {
    it(`anchors ${name} in its own proportions`, async () => {
      const bytes = await exportWorkbook([{ document: withLogo(logo) }]);
      const { box, grid } = logoBox(bytes);
      expect(box.w / box.h).toBeCloseTo(ratio, 2);
      // Inside the kop (columns A:B) and above its first text row.
      const kopRight = grid.colLeft(3);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w).toBeLessThanOrEqual(kopRight);
      // Centred across the kop's columns.
      expect(box.x + box.w / 2).toBeCloseTo(kopRight / 2, -3);
      const drawing = part(parts(bytes), 'xl/drawings/drawing1.xml');
      // The picture's own frame says the same size as its anchor.
      const ext = /<xdr:pic>.*?<a:ext cx="(\d+)" cy="(\d+)"/.exec(drawing);
      expect(Number(ext?.[1]) / Number(ext?.[2])).toBeCloseTo(ratio, 2);
    });
  }

  it('comes back from an export unchanged, and the review says where it came from', async () => {
    const logo: Logo = { mime: 'image/png', data: base64(pngBytes(120, 40, [200, 30, 30])) };
    const doc = withLogo(logo);
    const result = await importWorkbook(await exportWorkbook([{ document: doc }]));
    const [sop] = result.sops;
    expect(sop?.document.identity.logo).toEqual(logo);
    expect(sop && differences(doc, sop.document)).toEqual([]);
    expect(sop?.report.warnings).toEqual([]);
    expect(sop?.report.recognised).toContain(
      'Logo diambil dari gambar di lembar "Identitas", sel B1 (PNG, 120 × 40 piksel).',
    );
  });
});
