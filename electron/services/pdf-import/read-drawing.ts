// Turns a page's operator list (pdfjs) into the paths and pictures it paints, in page points with
// the origin at the top-left corner: the graphics state (save/restore, transforms, form XObjects,
// line width, colours, the clipping box) is followed so every coordinate lands where it is seen.

import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { clipPath, narrowClip, type ClipBox } from './clip';
import type { PdfImage, PdfPath, PdfPoint, PdfSegment } from './page';

/** An affine matrix [a, b, c, d, e, f] as in PDF: x' = a x + c y + e, y' = b x + d y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

export type OperatorList = { fnArray: readonly number[]; argsArray: readonly unknown[] };

type GraphicsState = {
  matrix: Matrix;
  lineWidth: number;
  stroke: string;
  fill: string;
  clip: ClipBox | null;
};

/** pdfjs 5 packs a path's pieces into one number list: an opcode then its coordinates. */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

type Paint = { stroke: boolean; fill: boolean; close: boolean };

const PAINTS = new Map<number, Paint>([
  [OPS.stroke, { stroke: true, fill: false, close: false }],
  [OPS.closeStroke, { stroke: true, fill: false, close: true }],
  [OPS.fill, { stroke: false, fill: true, close: false }],
  [OPS.eoFill, { stroke: false, fill: true, close: false }],
  [OPS.fillStroke, { stroke: true, fill: true, close: false }],
  [OPS.eoFillStroke, { stroke: true, fill: true, close: false }],
  [OPS.closeFillStroke, { stroke: true, fill: true, close: true }],
  [OPS.closeEOFillStroke, { stroke: true, fill: true, close: true }],
]);

const IMAGE_OPS = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
  OPS.paintSolidColorImageMask,
]);

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function applyMatrix(m: Matrix, x: number, y: number): PdfPoint {
  return { x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] };
}

/** The paths and pictures painted by an operator list; `base` maps PDF space to the page's top-left. */
export function readDrawing(
  list: OperatorList,
  base: Matrix,
): { paths: PdfPath[]; images: PdfImage[] } {
  const paths: PdfPath[] = [];
  const images: PdfImage[] = [];
  const stack: GraphicsState[] = [];
  let state: GraphicsState = {
    matrix: base,
    lineWidth: 1,
    stroke: '#000000',
    fill: '#000000',
    clip: null,
  };
  // A clip operator applies to the path constructed next (`W n`: clip, then end the path).
  let clipNext = false;
  const save = () => stack.push({ ...state });
  const restore = () => {
    state = stack.pop() ?? state;
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const op = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    switch (op) {
      case OPS.save:
      case OPS.beginGroup:
        save();
        break;
      case OPS.restore:
      case OPS.endGroup:
      case OPS.paintFormXObjectEnd:
        restore();
        break;
      case OPS.paintFormXObjectBegin:
        save();
        if (isMatrix(args?.[0])) state.matrix = multiply(state.matrix, args[0]);
        break;
      case OPS.transform:
        if (args && args.length === 6)
          state.matrix = multiply(state.matrix, args as unknown as Matrix);
        break;
      case OPS.setLineWidth:
        state.lineWidth = Number(args?.[0] ?? 1);
        break;
      case OPS.setGState:
        readGState(args?.[0], state);
        break;
      case OPS.setStrokeRGBColor:
        state.stroke = colour(args);
        break;
      case OPS.setFillRGBColor:
        state.fill = colour(args);
        break;
      case OPS.clip:
      case OPS.eoClip:
        clipNext = true;
        break;
      case OPS.constructPath: {
        const path = paintedPath(args, state);
        if (clipNext) state.clip = narrowClip(state.clip, pathSegments(args, state));
        clipNext = false;
        const seen = path ? clipPath(path, state.clip) : null;
        if (seen) paths.push(seen);
        break;
      }
      default:
        if (op !== undefined && IMAGE_OPS.has(op)) images.push(placedImage(state.matrix));
    }
  }
  return { paths, images };
}

function isMatrix(value: unknown): value is Matrix {
  return (
    (Array.isArray(value) || ArrayBuffer.isView(value)) && (value as ArrayLike<number>).length === 6
  );
}

function colour(args: unknown[] | null): string {
  const value = args?.[0];
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)
    ? value.toLowerCase()
    : '#000000';
}

function readGState(entries: unknown, state: GraphicsState): void {
  if (!Array.isArray(entries)) return;
  for (const entry of entries) {
    if (Array.isArray(entry) && entry[0] === 'LW' && typeof entry[1] === 'number') {
      state.lineWidth = entry[1];
    }
  }
}

/** A picture is the unit square placed by the current matrix. */
function placedImage(m: Matrix): PdfImage {
  const corners = [
    applyMatrix(m, 0, 0),
    applyMatrix(m, 1, 0),
    applyMatrix(m, 0, 1),
    applyMatrix(m, 1, 1),
  ];
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** The segments of a constructed path, painted or not (a clip path ends unpainted). */
function pathSegments(args: unknown[] | null, state: GraphicsState): PdfSegment[] {
  const data = (args?.[1] as unknown[] | undefined)?.[0];
  if (!data || !(Array.isArray(data) || ArrayBuffer.isView(data))) return [];
  return decodePath(data as ArrayLike<number>, state.matrix).segments;
}

function paintedPath(args: unknown[] | null, state: GraphicsState): PdfPath | null {
  const paint = PAINTS.get(Number(args?.[0]));
  const data = (args?.[1] as unknown[] | undefined)?.[0];
  if (!paint || !data || !(Array.isArray(data) || ArrayBuffer.isView(data))) return null;
  const { segments, closed } = decodePath(data as ArrayLike<number>, state.matrix);
  if (segments.length === 0) return null;
  const scale = Math.sqrt(
    Math.abs(state.matrix[0] * state.matrix[3] - state.matrix[1] * state.matrix[2]),
  );
  return {
    segments,
    closed: closed || paint.close,
    stroke: paint.stroke ? state.stroke : null,
    fill: paint.fill ? state.fill : null,
    lineWidth: state.lineWidth * scale,
  };
}

/** The packed path in page coordinates; a closePath adds the closing line when it is not empty. */
export function decodePath(
  data: ArrayLike<number>,
  m: Matrix,
): { segments: PdfSegment[]; closed: boolean } {
  const segments: PdfSegment[] = [];
  let start: PdfPoint | null = null;
  let current: PdfPoint | null = null;
  let closed = false;
  let i = 0;
  const point = (): PdfPoint => {
    const p = applyMatrix(m, data[i] ?? 0, data[i + 1] ?? 0);
    i += 2;
    return p;
  };
  while (i < data.length) {
    const code = data[i++];
    if (code === DRAW.moveTo) {
      start = current = point();
    } else if (code === DRAW.lineTo) {
      const to = point();
      if (current) segments.push({ kind: 'line', from: current, to });
      current = to;
    } else if (code === DRAW.curveTo) {
      const c1 = point();
      const c2 = point();
      const to = point();
      if (current) segments.push({ kind: 'curve', from: current, to, controls: [c1, c2] });
      current = to;
    } else if (code === DRAW.quadraticCurveTo) {
      const c = point();
      const to = point();
      if (current) segments.push(quadraticAsCubic(current, c, to));
      current = to;
    } else if (code === DRAW.closePath) {
      if (start && current && (start.x !== current.x || start.y !== current.y)) {
        segments.push({ kind: 'line', from: current, to: start });
      }
      current = start;
      closed = true;
    } else {
      break;
    }
  }
  return { segments, closed };
}

function quadraticAsCubic(from: PdfPoint, c: PdfPoint, to: PdfPoint): PdfSegment {
  const c1 = { x: from.x + (2 / 3) * (c.x - from.x), y: from.y + (2 / 3) * (c.y - from.y) };
  const c2 = { x: to.x + (2 / 3) * (c.x - to.x), y: to.y + (2 / 3) * (c.y - to.y) };
  return { kind: 'curve', from, to, controls: [c1, c2] };
}
