// readPdfPages on small PDFs drawn with pdfkit: every path, text and picture comes back where it
// was drawn, in points from the page's top-left corner, with the way it was painted.

import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { PdfPath, PdfSegment } from '../../../electron/services/pdf-import/page';
import { drawPdf, readPages } from './make-pdf';

const rounded = (segment: PdfSegment): number[] => {
  const points =
    segment.kind === 'line'
      ? [segment.from, segment.to]
      : [segment.from, ...segment.controls, segment.to];
  return points.flatMap((p) => [Math.round(p.x * 10) / 10, Math.round(p.y * 10) / 10]);
};

async function onlyPath(draw: Parameters<typeof drawPdf>[0]): Promise<PdfPath> {
  const [page] = await readPages(await drawPdf(draw));
  expect(page?.paths).toHaveLength(1);
  return page!.paths[0]!;
}

describe('readPdfPages', () => {
  it('reads a stroked rectangle as four lines of a closed path', async () => {
    const path = await onlyPath((doc) =>
      doc.lineWidth(1.5).rect(20, 30, 100, 40).stroke('#336699'),
    );
    expect(path.segments.map(rounded)).toEqual([
      [20, 30, 120, 30],
      [120, 30, 120, 70],
      [120, 70, 20, 70],
      [20, 70, 20, 30],
    ]);
    expect(path).toMatchObject({ closed: true, stroke: '#336699', fill: null, lineWidth: 1.5 });
  });

  it('reads a filled rectangle as filled and not stroked', async () => {
    const path = await onlyPath((doc) => doc.rect(10, 10, 200, 0.5).fill('#000000'));
    expect(path).toMatchObject({ stroke: null, fill: '#000000', closed: true });
  });

  it('reads an open line and a fill-and-stroke path', async () => {
    const [page] = await readPages(
      await drawPdf((doc) => {
        doc.moveTo(50, 60).lineTo(250, 60).stroke('#ff0000');
        doc.moveTo(0, 0).lineTo(10, 0).lineTo(5, 8).closePath().fillAndStroke('#00ff00', '#0000ff');
      }),
    );
    expect(page!.paths.map((p) => p.segments.map(rounded))).toEqual([
      [[50, 60, 250, 60]],
      [
        [0, 0, 10, 0],
        [10, 0, 5, 8],
        [5, 8, 0, 0],
      ],
    ]);
    expect(page!.paths[0]).toMatchObject({ closed: false, stroke: '#ff0000', fill: null });
    expect(page!.paths[1]).toMatchObject({ closed: true, stroke: '#0000ff', fill: '#00ff00' });
  });

  it('keeps a curve with its control points', async () => {
    const path = await onlyPath((doc) =>
      doc.moveTo(10, 100).bezierCurveTo(10, 50, 60, 50, 60, 100).stroke(),
    );
    expect(path.segments).toHaveLength(1);
    expect(path.segments[0]!.kind).toBe('curve');
    expect(rounded(path.segments[0]!)).toEqual([10, 100, 10, 50, 60, 50, 60, 100]);
  });

  it('applies transforms and restores the state after them', async () => {
    const [page] = await readPages(
      await drawPdf((doc) => {
        doc.save().translate(100, 50).scale(2).lineWidth(1).rect(0, 0, 10, 10).stroke().restore();
        doc.rect(0, 0, 10, 10).stroke();
      }),
    );
    const [scaled, plain] = page!.paths;
    expect(scaled!.segments.map(rounded)[0]).toEqual([100, 50, 120, 50]);
    expect(scaled!.segments.map(rounded)[1]).toEqual([120, 50, 120, 70]);
    expect(scaled!.lineWidth).toBeCloseTo(2);
    expect(plain!.segments.map(rounded)[0]).toEqual([0, 0, 10, 0]);
    expect(plain!.lineWidth).toBeCloseTo(1);
  });

  it('cuts what it paints to the clipping box, until the state is restored', async () => {
    const [page] = await readPages(
      await drawPdf((doc) => {
        doc.save().addContent('20 50 100 100 re W n');
        doc.moveTo(60, 10).lineTo(60, 200).stroke();
        doc.moveTo(300, 10).lineTo(300, 40).stroke();
        doc.restore().moveTo(200, 10).lineTo(200, 200).stroke();
      }),
    );
    expect(page!.paths.map((p) => p.segments.map(rounded))).toEqual([
      [[60, 50, 60, 150]],
      [[200, 10, 200, 200]],
    ]);
  });

  it('places a rotated path', async () => {
    const path = await onlyPath((doc) =>
      doc
        .save()
        .rotate(90, { origin: [100, 100] })
        .moveTo(100, 100)
        .lineTo(150, 100)
        .stroke(),
    );
    expect(rounded(path.segments[0]!)).toEqual([100, 100, 100, 150]);
  });

  it('reads a form XObject through its matrix and the matrix it is drawn with', async () => {
    const path = await onlyPath((doc) => {
      const form = doc.ref({
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, 50, 50],
        Matrix: [2, 0, 0, 2, 0, 0],
      });
      form.end('0 0 m 10 5 l S');
      doc.page.xobjects.Fx1 = form;
      doc.save().translate(50, 60).addContent('/Fx1 Do').restore();
    });
    expect(rounded(path.segments[0]!)).toEqual([50, 60, 70, 70]);
    expect(path.lineWidth).toBeCloseTo(2);
  });

  it('reads text with its box, size and style', async () => {
    const [page] = await readPages(
      await drawPdf((doc) => {
        doc.font('Helvetica-Bold').fontSize(12).text('Kegiatan', 30, 40, { lineBreak: false });
        doc.font('Helvetica-Oblique').fontSize(9).text('Pelaksana', 200, 100, { lineBreak: false });
        doc.font('Helvetica').fontSize(10).text('Waktu', 300, 200, { lineBreak: false });
      }),
    );
    const [kegiatan, pelaksana, waktu] = page!.texts;
    expect(kegiatan).toMatchObject({ text: 'Kegiatan', size: 12, bold: true, italic: false });
    expect(kegiatan!.x).toBeCloseTo(30, 1);
    expect(Math.abs(kegiatan!.y - 40)).toBeLessThan(2);
    expect(kegiatan!.width).toBeGreaterThan(40);
    expect(kegiatan!.width).toBeLessThan(60);
    expect(kegiatan!.height).toBeGreaterThan(10);
    expect(pelaksana).toMatchObject({ text: 'Pelaksana', size: 9, bold: false, italic: true });
    expect(pelaksana!.x).toBeCloseTo(200, 1);
    expect(waktu).toMatchObject({ text: 'Waktu', bold: false, italic: false });
    expect(Math.abs(waktu!.y - 200)).toBeLessThan(2);
  });

  it('places a picture', async () => {
    const png = new PNG({ width: 2, height: 2 });
    png.data.fill(128);
    const [page] = await readPages(
      await drawPdf((doc) => doc.image(PNG.sync.write(png), 10, 20, { width: 50, height: 30 })),
    );
    expect(page!.images).toHaveLength(1);
    const image = page!.images[0]!;
    expect([image.x, image.y, image.width, image.height].map(Math.round)).toEqual([10, 20, 50, 30]);
  });

  it('gives the page its size and number', async () => {
    const bytes = await drawPdf((doc) => doc.rect(0, 0, 1, 1).fill(), 842, 595);
    const [page] = await readPages(bytes);
    expect(page).toMatchObject({ number: 1, width: 842, height: 595 });
  });
});
