// Renders one laid-out page as an SVG string (the editor's preview and the visual tests): a direct
// translation of the primitives, so what the preview shows is what the PDF prints.

import { arrowHead, arrowShaft, connectorOutline, diamondOutline } from './outline';
import type { Page, Point, Primitive, TextPrimitive } from './types';

const FONT_FAMILY = 'Arimo, Arial, Liberation Sans, sans-serif';

export function renderSvgPage(page: Page): string {
  const body = page.primitives.map(primitiveSvg).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(page.width)}" height="${n(page.height)}" ` +
    `viewBox="0 0 ${n(page.width)} ${n(page.height)}" font-family="${FONT_FAMILY}">` +
    `<rect width="100%" height="100%" fill="#fff"/>${body}</svg>`
  );
}

function primitiveSvg(p: Primitive): string {
  switch (p.kind) {
    case 'rect':
      return `<rect x="${n(p.box.x)}" y="${n(p.box.y)}" width="${n(p.box.width)}" height="${n(p.box.height)}" fill="${p.fill ?? 'none'}"${p.stroke > 0 ? ` stroke="#000" stroke-width="${n(p.stroke)}"` : ''}/>`;
    case 'line':
      return `<polyline points="${pts(p.points)}" fill="none" stroke="#000" stroke-width="${n(p.width)}"/>`;
    case 'text':
      return textSvg(p);
    case 'image':
      return `<image x="${n(p.box.x)}" y="${n(p.box.y)}" width="${n(p.box.width)}" height="${n(p.box.height)}" href="data:${p.mime};base64,${p.data}" preserveAspectRatio="xMidYMid meet"/>`;
    case 'arrow':
      return (
        `<polyline points="${pts(arrowShaft(p.points))}" fill="none" stroke="#000" stroke-width="0.9"/>` +
        `<polygon points="${pts(arrowHead(p.points))}" fill="#000"/>`
      );
    case 'symbol': {
      const { box } = p;
      const style = 'fill="#fff" stroke="#000" stroke-width="1"';
      if (p.shape === 'decision') return `<polygon points="${pts(diamondOutline(box))}" ${style}/>`;
      if (p.shape === 'connector')
        return `<polygon points="${pts(connectorOutline(box))}" ${style}/>`;
      const radius = p.shape === 'terminator' ? box.height / 2 : 0;
      return `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="${n(radius)}" ${style}/>`;
    }
  }
}

function textSvg(p: TextPrimitive): string {
  const anchor = p.align === 'center' ? 'middle' : p.align === 'right' ? 'end' : 'start';
  const x =
    p.align === 'center'
      ? p.box.x + p.box.width / 2
      : p.align === 'right'
        ? p.box.x + p.box.width
        : p.box.x;
  const weight = p.bold ? ' font-weight="bold"' : '';
  const decoration = p.underline ? ' text-decoration="underline"' : '';
  return p.lines
    .map(
      (line, i) =>
        `<text x="${n(x)}" y="${n(p.box.y + i * p.lineHeight + p.ascent)}" font-size="${n(p.fontSize)}" text-anchor="${anchor}"${weight}${decoration} xml:space="preserve">${escapeXml(line)}</text>`,
    )
    .join('');
}

function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function pts(points: Point[]): string {
  return points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
}

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c,
  );
}
