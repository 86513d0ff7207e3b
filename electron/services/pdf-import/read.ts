// Reads every page of an opened PDF into text items, paths and pictures (page.ts), in points with
// the origin at the page's top-left corner and y going down, whatever the page's box or rotation.

import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { APP_NAME } from '../app-root';
import type { PdfPage, PdfProducer, PdfText } from './page';
import { applyMatrix, readDrawing, type Matrix, type OperatorList } from './read-drawing';

export async function readPdfPages(
  pdf: PDFDocumentProxy,
  onProgress: (done: number, total: number) => void,
): Promise<PdfPage[]> {
  const pages: PdfPage[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    pages.push(await readPage(page, number));
    page.cleanup();
    onProgress(number, pdf.numPages);
  }
  return pages;
}

/** This app names itself as its prints' Creator (the document information dictionary). */
export async function readProducer(pdf: PDFDocumentProxy): Promise<PdfProducer> {
  const { info } = await pdf.getMetadata();
  const creator = (info as { Creator?: unknown } | undefined)?.Creator;
  return { marksBrokenWords: creator === APP_NAME };
}

async function readPage(page: PDFPageProxy, number: number): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const base = viewport.transform as unknown as Matrix;
  const operators = (await page.getOperatorList()) as unknown as OperatorList;
  const { paths, images } = readDrawing(operators, base);
  const content = await page.getTextContent();
  const texts: PdfText[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const style = content.styles[item.fontName];
    texts.push(textBox(item, base, fontStyle(page, item.fontName), style?.ascent, style?.descent));
  }
  return { number, width: viewport.width, height: viewport.height, texts, paths, images };
}

type TextItem = { str: string; transform: number[]; width: number; fontName: string };

/** The box of a text item from its baseline origin, size and the font's ascent and descent. */
function textBox(
  item: TextItem,
  base: Matrix,
  font: { bold: boolean; italic: boolean },
  ascent = 0.9,
  descent = -0.2,
): PdfText {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b);
  const origin = applyMatrix(base, e, f);
  const scale = Math.hypot(base[0], base[1]);
  const height = (ascent - (descent > 0 ? -descent : descent)) * size * scale;
  return {
    text: item.str,
    x: origin.x,
    y: origin.y - ascent * size * scale,
    width: item.width * scale,
    height,
    size: size * scale,
    ...font,
  };
}

const BOLD = /bold|black|heavy|semibold|demibold|-bd\b|,bold/i;
const ITALIC = /italic|oblique|-it\b|,italic/i;

/** Bold and italic from the loaded font's name and flags (`ABCDEF+Arial-BoldItalicMT`). */
function fontStyle(page: PDFPageProxy, fontName: string): { bold: boolean; italic: boolean } {
  const font = loadedFont(page, fontName);
  const name = font?.name ?? fontName;
  return {
    bold: font?.bold === true || font?.black === true || BOLD.test(name),
    italic: font?.italic === true || ITALIC.test(name),
  };
}

type LoadedFont = { name?: string; bold?: boolean; black?: boolean; italic?: boolean };

function loadedFont(page: PDFPageProxy, fontName: string): LoadedFont | null {
  const objects = page.commonObjs as { has(id: string): boolean; get(id: string): unknown };
  if (!objects.has(fontName)) return null;
  const font = objects.get(fontName);
  return typeof font === 'object' && font !== null ? (font as LoadedFont) : null;
}
