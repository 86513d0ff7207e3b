// Small PDFs drawn with pdfkit (the library pdfmake prints with), and pdfjs to read them back.

import { createRequire } from 'node:module';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdfPages, readProducer } from '../../../electron/services/pdf-import/read';
import type { PdfPage, PdfProducer } from '../../../electron/services/pdf-import/page';

/** The part of pdfkit's drawing API these tests use. */
export type Drawing = {
  page: { xobjects: Record<string, unknown> };
  moveTo(x: number, y: number): Drawing;
  lineTo(x: number, y: number): Drawing;
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): Drawing;
  rect(x: number, y: number, w: number, h: number): Drawing;
  closePath(): Drawing;
  stroke(colour?: string): Drawing;
  fill(colour?: string): Drawing;
  fillAndStroke(fill?: string, stroke?: string): Drawing;
  lineWidth(width: number): Drawing;
  save(): Drawing;
  restore(): Drawing;
  translate(x: number, y: number): Drawing;
  scale(x: number, y?: number): Drawing;
  rotate(angle: number, options?: { origin: [number, number] }): Drawing;
  font(name: string): Drawing;
  fontSize(size: number): Drawing;
  text(text: string, x: number, y: number, options?: { lineBreak: boolean }): Drawing;
  addContent(content: string): Drawing;
  ref(data: Record<string, unknown>): { end(content: string): void };
  image(data: Buffer, x: number, y: number, options: { width: number; height: number }): Drawing;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  end(): void;
};

type PdfKitConstructor = new (options: { size: [number, number]; margin: number }) => Drawing;

const require = createRequire(import.meta.url);
const PDFDocument = require('@foliojs-fork/pdfkit') as PdfKitConstructor;

/** One page of `width` × `height` points drawn by `draw`, as PDF bytes. */
export function drawPdf(
  draw: (doc: Drawing) => void,
  width = 400,
  height = 300,
): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: [width, height], margin: 0 });
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    draw(doc);
    doc.end();
  });
}

export async function readPages(bytes: Uint8Array): Promise<PdfPage[]> {
  return (await readPrint(bytes)).pages;
}

/** The pages and what the PDF tells of its producer: what the importer recognises SOPs from. */
export async function readPrint(
  bytes: Uint8Array,
): Promise<{ pages: PdfPage[]; producer: PdfProducer }> {
  const pdf = await getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    return { pages: await readPdfPages(pdf, () => undefined), producer: await readProducer(pdf) };
  } finally {
    await pdf.destroy();
  }
}
