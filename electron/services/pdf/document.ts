// Translates laid-out pages into a pdfmake document: every primitive is placed absolutely, vectors
// in one canvas per page, so the PDF prints exactly the geometry the layout engine computed.

import {
  arrowHead,
  arrowShaft,
  connectorOutline,
  diamondOutline,
  type Box,
  type Page,
  type Point,
  type Primitive,
  type SymbolPrimitive,
  type TextPrimitive,
} from '../../../shared/layout';
import type { TextMeasurer } from '../../../shared/layout';
import type { CanvasElement, CanvasRect, Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { APP_NAME } from '../app-root';
import { PDF_FONT } from './fonts';

export type PdfMeta = { title: string; subject?: string };

export function pdfDocument(
  pages: Page[],
  meta: PdfMeta,
  measurer: TextMeasurer,
): TDocumentDefinitions {
  const first = pages[0];
  const content: Content[] = [];
  pages.forEach((page, index) => {
    const canvas: CanvasElement[] = [];
    const texts: Content[] = [];
    for (const p of page.primitives) drawPrimitive(p, canvas, texts, measurer);
    // An empty text node opens each new page; everything else is positioned on it absolutely.
    if (index > 0) content.push({ text: '', pageBreak: 'before' });
    content.push({ canvas, absolutePosition: { x: 0, y: 0 } }, ...texts);
  });
  return {
    pageSize: { width: first?.width ?? 595, height: first?.height ?? 842 },
    pageOrientation: 'landscape',
    pageMargins: [0, 0, 0, 0],
    info: {
      title: meta.title,
      subject: meta.subject ?? 'Standar Operasional Prosedur',
      // The PDF reader knows this app's prints by it (they mark words broken between letters).
      creator: APP_NAME,
    },
    defaultStyle: { font: PDF_FONT },
    content,
  };
}

function drawPrimitive(
  p: Primitive,
  canvas: CanvasElement[],
  texts: Content[],
  measurer: TextMeasurer,
): void {
  switch (p.kind) {
    case 'rect':
      canvas.push(
        rect(p.box, {
          lineWidth: p.stroke,
          ...(p.stroke > 0 ? { lineColor: '#000000' } : { lineColor: p.fill ?? '#ffffff' }),
          ...(p.fill ? { color: p.fill } : {}),
        }),
      );
      return;
    case 'line':
      canvas.push({ type: 'polyline', points: p.points, lineWidth: p.width, lineColor: '#000000' });
      return;
    case 'arrow':
      canvas.push(...arrow(p.points));
      return;
    case 'symbol':
      canvas.push(symbol(p));
      return;
    case 'image':
      texts.push({
        image: `data:${p.mime};base64,${p.data}`,
        fit: [p.box.width, p.box.height],
        absolutePosition: { x: p.box.x, y: p.box.y },
      });
      return;
    case 'text':
      texts.push(...textLines(p, measurer));
      return;
  }
}

function rect(box: Box, style: Omit<CanvasRect, 'type' | 'x' | 'y' | 'w' | 'h'>): CanvasRect {
  return { type: 'rect', x: box.x, y: box.y, w: box.width, h: box.height, ...style };
}

function arrow(points: Point[]): CanvasElement[] {
  return [
    { type: 'polyline', points: arrowShaft(points), lineWidth: 0.9, lineColor: '#000000' },
    {
      type: 'polyline',
      points: arrowHead(points),
      closePath: true,
      lineWidth: 0.1,
      color: '#000000',
    },
  ];
}

function symbol(p: SymbolPrimitive): CanvasElement {
  const style = { lineWidth: 1, lineColor: '#000000', color: '#ffffff' };
  if (p.shape === 'decision' || p.shape === 'connector') {
    const points = p.shape === 'decision' ? diamondOutline(p.box) : connectorOutline(p.box);
    return { type: 'polyline', points, closePath: true, ...style };
  }
  return rect(p.box, { r: p.shape === 'terminator' ? p.box.height / 2 : 0, ...style });
}

/** Each line of a text block placed on its own, aligned with the layout's measurements. */
function textLines(p: TextPrimitive, measurer: TextMeasurer): Content[] {
  const lines: Content[] = [];
  p.lines.forEach((line, i) => {
    if (line === '') return;
    const width = measurer.width(line, p.fontSize, p.bold);
    const free = p.box.width - width;
    const x =
      p.align === 'center' ? p.box.x + free / 2 : p.align === 'right' ? p.box.x + free : p.box.x;
    lines.push({
      text: line,
      fontSize: p.fontSize,
      bold: p.bold,
      noWrap: true,
      ...(p.underline ? { decoration: 'underline' as const } : {}),
      absolutePosition: { x, y: p.box.y + i * p.lineHeight },
    });
  });
  return lines;
}
