// LibreOffice renders an exported workbook where the PDF export draws it: the same number of
// flowchart pages (the manual breaks hold), and every symbol and pentagon of the layout found as
// an outline at its place in the page image (positions compared, not pixels).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { arimoMeasurer, defaultLayoutSettings, layoutSop, type Box } from '../../../shared/layout';
import { exportWorkbook } from '../../../electron/services/xlsx-export/export';
import { flowGrid } from '../../../electron/services/xlsx-export/flowchart-grid';
import type { SopDocument } from '../../../shared/model';
import { corpusDoc, syntheticDoc } from './helpers';
import {
  convertToPdf,
  hasLibreOffice,
  outlineAt,
  pageCount,
  rasterPage,
  tableBox,
} from './libreoffice';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Corpus 24 with two more executor columns (narrow columns, smaller names) on Legal paper. */
function wideDoc(): SopDocument {
  const doc = corpusDoc('24-pemberian-modal-stimulan-single-parent');
  doc.executors.push(
    { id: 'x7', name: 'Inspektorat Daerah Kabupaten' },
    { id: 'x8', name: 'Sekretariat Daerah' },
  );
  const step = doc.steps[3];
  if (step) step.executors = ['x8', ...step.executors];
  doc.print.paper = 'Legal';
  return doc;
}

/** How far (points at page scale) a drawn edge may be from where the layout puts it. */
const TOLERANCE = 3;

describe.skipIf(!hasLibreOffice())(
  'LibreOffice renders the exported flowchart like the PDF',
  () => {
    for (const [label, load] of [
      [
        '28-kegiatan-peringatan-hari-ibu (decisions, back arrows, 3 pages)',
        () => corpusDoc('28-kegiatan-peringatan-hari-ibu'),
      ],
      ['synthetic (joint steps, custom labels, A4)', syntheticDoc],
      ['eight executors on Legal, a joint step across the sheet', wideDoc],
    ] as const) {
      it(`${label}: symbols at their layout positions`, { timeout: 240_000 }, async () => {
        const doc = load();
        const dir = mkdtempSync(path.join(tmpdir(), 'xlsx-export-lo-'));
        dirs.push(dir);
        const pdf = convertToPdf(await exportWorkbook([{ document: doc }]), dir);
        const layout = layoutSop(
          doc,
          { ...defaultLayoutSettings(doc), identityPage: false },
          arimoMeasurer,
        );
        const pages = layout.pages.filter((p) => p.kind === 'flowchart');
        const { edges } = flowGrid(pages, doc.executors.length + 6);
        const total = pageCount(pdf);
        // One identity page, then exactly one printed page per PDF flowchart page: the manual
        // breaks hold and nothing spills over.
        expect(total).toBe(pages.length + 1);
        let checked = 0;
        let controls = 0;
        pages.forEach((page, i) => {
          const raster = rasterPage(pdf, total - pages.length + i + 1, dir);
          const table = page.table;
          if (!table) throw new Error('flowchart page without table');
          const found = tableBox(raster);
          // LibreOffice reads column widths a few percent wider than Excel (exact digit width, not
          // whole pixels) and fits the sheet to the page width: columns keep their share of the
          // table, while rows and the offsets of shapes inside their cells print at the page scale.
          const sx = found.width / table.width;
          const scale = found.height / table.height;
          expect(sx).toBeGreaterThan(0.9);
          expect(sx).toBeLessThan(1.02);
          expect(scale).toBeGreaterThan(0.9);
          expect(scale).toBeLessThan(1.02);
          const x = (value: number): number => {
            const edge = [...edges].reverse().find((e) => e <= value + 0.01) ?? table.x;
            return found.x + (edge - table.x) * sx + (value - edge) * scale;
          };
          const toPixels = (b: Box): Box => ({
            x: x(b.x),
            y: found.y + (b.y - table.y) * scale,
            width: x(b.x + b.width) - x(b.x),
            height: b.height * scale,
          });
          const symbols = page.primitives.flatMap((p) => (p.kind === 'symbol' ? [p] : []));
          for (const symbol of symbols) {
            const box = toPixels(symbol.box);
            const seen = outlineAt(raster, box, TOLERANCE, symbol.shape !== 'connector');
            expect(
              seen,
              `${symbol.shape} of ${symbol.stepId ?? symbol.label} on page ${i + 1}`,
            ).toBe(true);
            checked++;
            // Control: one column to the right, where the layout draws nothing, nothing is found.
            const shifted = { ...symbol.box, x: symbol.box.x + 2 * symbol.box.width };
            const free = symbols.every(
              (s) =>
                s.box.x > shifted.x + shifted.width + 4 ||
                s.box.x + s.box.width < shifted.x - 4 ||
                s.box.y > shifted.y + shifted.height ||
                s.box.y + s.box.height < shifted.y,
            );
            if (free && symbol.shape !== 'connector') {
              expect(outlineAt(raster, toPixels(shifted), TOLERANCE, true)).toBe(false);
              controls++;
            }
          }
        });
        expect(checked).toBeGreaterThan(doc.steps.length - 1);
        expect(controls).toBeGreaterThan(0);
      });
    }
  },
);
