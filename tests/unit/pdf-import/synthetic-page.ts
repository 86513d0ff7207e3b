// PDF pages drawn by hand for the recogniser's tests: text items, lines as thin filled
// rectangles (as Office prints table borders), stroked shapes and arrows with filled heads.

import type {
  PdfPage,
  PdfPath,
  PdfPoint,
  PdfSegment,
} from '../../../electron/services/pdf-import/page';

export class PageDrawing {
  readonly page: PdfPage;

  constructor(number = 1, width = 841.89, height = 595.28) {
    this.page = { number, width, height, texts: [], paths: [], images: [] };
  }

  text(text: string, x: number, y: number, size = 8): this {
    const width = text.length * size * 0.5;
    this.page.texts.push({ text, x, y, width, height: size, size, bold: false, italic: false });
    return this;
  }

  /** A border line drawn as a filled rectangle half a point thick. */
  rule(from: PdfPoint, to: PdfPoint): this {
    const h = from.y === to.y;
    const [x0, y0] = [Math.min(from.x, to.x), Math.min(from.y, to.y)];
    const w = h ? Math.abs(to.x - from.x) : 0.5;
    const t = h ? 0.5 : Math.abs(to.y - from.y);
    return this.polygon(
      [p(x0, y0), p(x0 + w, y0), p(x0 + w, y0 + t), p(x0, y0 + t)],
      null,
      '#000000',
    );
  }

  hline(y: number, x0: number, x1: number): this {
    return this.rule(p(x0, y), p(x1, y));
  }

  vline(x: number, y0: number, y1: number): this {
    return this.rule(p(x, y0), p(x, y1));
  }

  rect(x: number, y: number, w: number, h: number): this {
    return this.polygon([p(x, y), p(x + w, y), p(x + w, y + h), p(x, y + h)], '#000000', '#ffffff');
  }

  diamond(x: number, y: number, w: number, h: number): this {
    const points = [p(x + w / 2, y), p(x + w, y + h / 2), p(x + w / 2, y + h), p(x, y + h / 2)];
    return this.polygon(points, '#000000', '#ffffff');
  }

  /** Pointing down, as an off-page connector. */
  pentagon(x: number, y: number, w: number, h: number): this {
    const points = [
      p(x, y),
      p(x + w, y),
      p(x + w, y + h * 0.6),
      p(x + w / 2, y + h),
      p(x, y + h * 0.6),
    ];
    return this.polygon(points, '#000000', '#ffffff');
  }

  /** Rounded ends: half circles (as two curves each) joined by straight sides. */
  capsule(x: number, y: number, w: number, h: number): this {
    const r = h / 2;
    const k = 0.5523 * r;
    const segments: PdfSegment[] = [
      line(p(x + r, y), p(x + w - r, y)),
      curve(p(x + w - r, y), p(x + w - r + k, y), p(x + w, y + r - k), p(x + w, y + r)),
      curve(p(x + w, y + r), p(x + w, y + r + k), p(x + w - r + k, y + h), p(x + w - r, y + h)),
      line(p(x + w - r, y + h), p(x + r, y + h)),
      curve(p(x + r, y + h), p(x + r - k, y + h), p(x, y + r + k), p(x, y + r)),
      curve(p(x, y + r), p(x, y + r - k), p(x + r - k, y), p(x + r, y)),
    ];
    this.page.paths.push({
      segments,
      closed: true,
      stroke: '#000000',
      fill: '#ffffff',
      lineWidth: 1,
    });
    return this;
  }

  /** A stroked polyline ending in a filled arrowhead whose tip is the last point. */
  arrow(points: PdfPoint[]): this {
    const tip = points[points.length - 1]!;
    const before = points[points.length - 2]!;
    const length = Math.hypot(tip.x - before.x, tip.y - before.y);
    const [dx, dy] = [(tip.x - before.x) / length, (tip.y - before.y) / length];
    const base = p(tip.x - dx * 4.5, tip.y - dy * 4.5);
    const shaft = [...points.slice(0, -1), base];
    const segments = shaft.slice(1).map((to, i) => line(shaft[i]!, to));
    this.page.paths.push({
      segments,
      closed: false,
      stroke: '#000000',
      fill: null,
      lineWidth: 0.9,
    });
    const left = p(base.x - dy * 1.8, base.y + dx * 1.8);
    const right = p(base.x + dy * 1.8, base.y - dx * 1.8);
    return this.polygon([tip, left, right], null, '#000000');
  }

  private polygon(points: PdfPoint[], stroke: string | null, fill: string | null): this {
    const segments = points.map((from, i) => line(from, points[(i + 1) % points.length]!));
    const path: PdfPath = { segments, closed: true, stroke, fill, lineWidth: 1 };
    this.page.paths.push(path);
    return this;
  }
}

export const p = (x: number, y: number): PdfPoint => ({ x, y });

const line = (from: PdfPoint, to: PdfPoint): PdfSegment => ({ kind: 'line', from, to });

const curve = (from: PdfPoint, c1: PdfPoint, c2: PdfPoint, to: PdfPoint): PdfSegment => ({
  kind: 'curve',
  from,
  to,
  controls: [c1, c2],
});
