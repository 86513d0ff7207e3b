// Reads a sheet's DrawingML part (xl/drawings/drawingN.xml): every shape, connector, text box and
// picture with its place on the sheet in EMU, its symbol by preset geometry, its text and, for
// connectors, the shapes it is glued to (stCxn/endCxn) and its two end points.
//
// A drawing over a cap (docs/format.md §7) is left unread and the report says so, rather than
// refusing the workbook: the drawing is an overlay of the table, whose steps, texts and executor
// marks are still read without it, and the user reviews the report before anything is stored.

import {
  formatCount,
  MAX_DRAWING_CONNECTORS,
  MAX_DRAWING_OFFPAGE,
  MAX_DRAWING_SHAPES,
  MAX_DRAWING_TEXT_BOXES,
} from '../../../shared/limits';
import type { StepSymbol } from '../../../shared/model';
import type { SheetGrid } from '../ooxml/grid';
import { readRelationships } from '../ooxml/package';
import {
  attr,
  child,
  children,
  countElements,
  descend,
  numberAttr,
  ownText,
  parseXmlText,
  type XmlElement,
} from '../ooxml/xml';
import type { ZipArchive } from '../ooxml/zip-read';
import { roleOfPreset } from './shapes';
import { cleanText } from '../../../shared/import/text';

export type Point = { x: number; y: number };
export type Box = { x: number; y: number; w: number; h: number };

export type ShapeKind = 'symbol' | 'offpage' | 'textbox' | 'picture' | 'connector' | 'other';

export type DrawnShape = {
  id: string;
  name: string;
  kind: ShapeKind;
  symbol: StepSymbol | null;
  /** The symbol was read from a geometry that is not one of the five (reported as a guess). */
  guessed: boolean;
  geometry: string;
  text: string;
  box: Box;
  /** Glue of a connector's ends to shape ids. */
  startId: string | null;
  endId: string | null;
  startPoint: Point | null;
  endPoint: Point | null;
  /** A picture's image part in the workbook (`xl/media/image1.png`), or null. */
  media: string | null;
};

/** Maps a shape's own coordinates to sheet EMU (identity for top-level shapes). */
type Transform = { ox: number; oy: number; sx: number; sy: number };

/** A sheet's drawn shapes, or none and the report's reason when the drawing is over a cap. */
export type Drawing = { shapes: DrawnShape[]; skipped: string | null };

/** The drawn elements, counted in the part's text before it is parsed. */
const DRAWN_ELEMENTS = ['sp', 'cxnSp', 'pic', 'grpSp', 'graphicFrame'];

/** The caps on kinds of shapes, checked once the (already bounded) drawing is read. */
const KIND_CAPS: Array<{ kind: ShapeKind; limit: number; words: string }> = [
  { kind: 'connector', limit: MAX_DRAWING_CONNECTORS, words: 'panah' },
  { kind: 'textbox', limit: MAX_DRAWING_TEXT_BOXES, words: 'kotak teks' },
  { kind: 'offpage', limit: MAX_DRAWING_OFFPAGE, words: 'penghubung antarhalaman' },
];

export function readDrawing(zip: ZipArchive, path: string, grid: SheetGrid): Drawing {
  const bytes = zip.read(path);
  if (!bytes) return { shapes: [], skipped: null };
  const text = new TextDecoder().decode(bytes);
  const elements = countElements(text, DRAWN_ELEMENTS);
  if (elements > MAX_DRAWING_SHAPES) return skipped(elements, MAX_DRAWING_SHAPES, 'bentuk');
  const shapes = readShapes(child(parseXmlText(text, path, zip.xmlBudget), 'wsDr'), grid);
  resolvePictures(zip, path, shapes);
  for (const { kind, limit, words } of KIND_CAPS) {
    const count = shapes.filter((shape) => shape.kind === kind).length;
    if (count > limit) return skipped(count, limit, words);
  }
  return { shapes, skipped: null };
}

/** Points each picture at its image part through the drawing's relationships (`r:embed`). */
function resolvePictures(zip: ZipArchive, path: string, shapes: DrawnShape[]): void {
  const pictures = shapes.filter((shape) => shape.kind === 'picture' && shape.media !== null);
  if (pictures.length === 0) return;
  const relationships = readRelationships(zip, path);
  for (const picture of pictures) {
    picture.media = relationships.get(picture.media ?? '')?.target ?? null;
  }
}

function skipped(found: number, limit: number, words: string): Drawing {
  return {
    shapes: [],
    skipped: `Gambar pada lembar ini memiliki ${formatCount(found)} ${words}; paling banyak ${formatCount(limit)}. Simbol dan panahnya tidak dibaca; pelaksana dibaca dari tanda di kolom pelaksana.`,
  };
}

function readShapes(root: XmlElement | undefined, grid: SheetGrid): DrawnShape[] {
  const shapes: DrawnShape[] = [];
  const anchors = [
    ...children(root, 'twoCellAnchor'),
    ...children(root, 'oneCellAnchor'),
    ...children(root, 'absoluteAnchor'),
  ];
  for (const anchor of anchors) {
    const box = anchorBox(anchor, grid);
    if (!box) continue;
    for (const name of ['sp', 'cxnSp', 'pic', 'grpSp']) {
      for (const element of children(anchor, name)) {
        readElement(name, element, { box, transform: null }, shapes, 0);
      }
    }
  }
  return shapes;
}

type Placement = { box: Box; transform: null } | { box: null; transform: Transform };

function readElement(
  tag: string,
  element: XmlElement,
  placement: Placement,
  out: DrawnShape[],
  depth: number,
): void {
  if (depth > 20) return;
  if (tag === 'grpSp') {
    readGroup(element, placement, out, depth);
    return;
  }
  const props = child(element, 'spPr');
  const xfrm = child(props, 'xfrm');
  const frame = shapeFrame(xfrm, placement);
  if (!frame) return;
  const nv = descend(element, tag === 'sp' ? 'nvSpPr' : tag === 'cxnSp' ? 'nvCxnSpPr' : 'nvPicPr');
  const cNvPr = child(nv, 'cNvPr');
  const preset =
    attr(child(props, 'prstGeom'), 'prst') ?? (child(props, 'custGeom') ? 'custom' : '');
  const text = shapeText(element);
  out.push({
    id: attr(cNvPr, 'id') ?? '',
    name: attr(cNvPr, 'name') ?? '',
    kind: 'other',
    symbol: null,
    guessed: false,
    geometry: preset,
    text,
    box: frame.box,
    startId: null,
    endId: null,
    startPoint: null,
    endPoint: null,
    media: null,
    ...shapeRole(tag, element, props, nv, frame, preset, text),
  });
}

/** What a drawn element is: a picture, a connector with its glue and ends, a text box, a symbol. */
function shapeRole(
  tag: string,
  element: XmlElement,
  props: XmlElement | undefined,
  nv: XmlElement | undefined,
  frame: Frame,
  preset: string,
  text: string,
): Partial<DrawnShape> {
  // The relationship id for now; readDrawing resolves it to the image part.
  if (tag === 'pic') {
    return {
      kind: 'picture',
      media: attr(child(child(element, 'blipFill'), 'blip'), 'embed') ?? null,
    };
  }
  if (tag === 'cxnSp') {
    const cxn = child(nv, 'cNvCxnSpPr');
    return {
      kind: 'connector',
      startId: attr(child(cxn, 'stCxn'), 'id') ?? null,
      endId: attr(child(cxn, 'endCxn'), 'id') ?? null,
      ...endPoints(frame),
    };
  }
  if (isTextBox(element, props, text)) return { kind: 'textbox' };
  const role = roleOfPreset(preset, cornerAdjust(props));
  if (role.role === 'symbol') {
    return { kind: 'symbol', symbol: role.symbol, guessed: role.guessed };
  }
  if (role.role === 'offpage') return { kind: 'offpage' };
  if (role.role === 'line') return { kind: 'connector', ...endPoints(frame) };
  return {};
}

function readGroup(
  element: XmlElement,
  placement: Placement,
  out: DrawnShape[],
  depth: number,
): void {
  const xfrm = child(child(element, 'grpSpPr'), 'xfrm');
  const frame = shapeFrame(xfrm, placement);
  const chOff = child(xfrm, 'chOff');
  const chExt = child(xfrm, 'chExt');
  if (!frame) return;
  const cx = numberAttr(chExt, 'cx') ?? 0;
  const cy = numberAttr(chExt, 'cy') ?? 0;
  const transform: Transform = {
    sx: cx > 0 ? frame.box.w / cx : 1,
    sy: cy > 0 ? frame.box.h / cy : 1,
    ox: 0,
    oy: 0,
  };
  transform.ox = frame.box.x - (numberAttr(chOff, 'x') ?? 0) * transform.sx;
  transform.oy = frame.box.y - (numberAttr(chOff, 'y') ?? 0) * transform.sy;
  for (const name of ['sp', 'cxnSp', 'pic', 'grpSp']) {
    for (const member of children(element, name)) {
      readElement(name, member, { box: null, transform }, out, depth + 1);
    }
  }
}

type Frame = { box: Box; rotation: number; flipH: boolean; flipV: boolean; rotatedBox: boolean };

/**
 * A top-level shape's anchor is its bounding box after rotation; a grouped shape's xfrm is its
 * unrotated box in the group's coordinates.
 */
function shapeFrame(xfrm: XmlElement | undefined, placement: Placement): Frame | null {
  const rotation = ((numberAttr(xfrm, 'rot') ?? 0) / 60_000) % 360;
  const flipH = attr(xfrm, 'flipH') === '1';
  const flipV = attr(xfrm, 'flipV') === '1';
  if (placement.box) return { box: placement.box, rotation, flipH, flipV, rotatedBox: true };
  const off = child(xfrm, 'off');
  const ext = child(xfrm, 'ext');
  if (!off || !ext) return null;
  const t = placement.transform;
  const box = {
    x: t.ox + (numberAttr(off, 'x') ?? 0) * t.sx,
    y: t.oy + (numberAttr(off, 'y') ?? 0) * t.sy,
    w: (numberAttr(ext, 'cx') ?? 0) * t.sx,
    h: (numberAttr(ext, 'cy') ?? 0) * t.sy,
  };
  return finiteBox(box) ? { box, rotation, flipH, flipV, rotatedBox: false } : null;
}

/** A line's start and end: the corners of its unrotated frame, flipped, rotated about the centre. */
function endPoints(frame: Frame): { startPoint: Point; endPoint: Point } {
  const { box } = frame;
  const centre = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
  const quarter = Math.round(frame.rotation / 90) % 2 !== 0;
  const [w, h] = frame.rotatedBox && quarter ? [box.h, box.w] : [box.w, box.h];
  const angle = (frame.rotation * Math.PI) / 180;
  const at = (sx: number, sy: number): Point => {
    const dx = (frame.flipH ? -sx : sx) * (w / 2);
    const dy = (frame.flipV ? -sy : sy) * (h / 2);
    return {
      x: centre.x + dx * Math.cos(angle) - dy * Math.sin(angle),
      y: centre.y + dx * Math.sin(angle) + dy * Math.cos(angle),
    };
  };
  return { startPoint: at(-1, -1), endPoint: at(1, 1) };
}

function anchorBox(anchor: XmlElement, grid: SheetGrid): Box | null {
  const from = marker(child(anchor, 'from'), grid);
  const to = marker(child(anchor, 'to'), grid);
  const ext = child(anchor, 'ext');
  const pos = child(anchor, 'pos');
  let box: Box | null = null;
  if (from && to) {
    // Writers put `from` top-left; a reversed anchor still covers the same cells.
    box = {
      x: Math.min(from.x, to.x),
      y: Math.min(from.y, to.y),
      w: Math.abs(to.x - from.x),
      h: Math.abs(to.y - from.y),
    };
  } else if (from && ext) {
    box = { x: from.x, y: from.y, w: numberAttr(ext, 'cx') ?? 0, h: numberAttr(ext, 'cy') ?? 0 };
  } else if (pos && ext) {
    box = {
      x: numberAttr(pos, 'x') ?? 0,
      y: numberAttr(pos, 'y') ?? 0,
      w: numberAttr(ext, 'cx') ?? 0,
      h: numberAttr(ext, 'cy') ?? 0,
    };
  }
  return box && finiteBox(box) ? box : null;
}

function marker(element: XmlElement | undefined, grid: SheetGrid): Point | null {
  if (!element) return null;
  const col = Number(ownText(child(element, 'col')));
  const row = Number(ownText(child(element, 'row')));
  const colOff = Number(ownText(child(element, 'colOff')) || '0');
  const rowOff = Number(ownText(child(element, 'rowOff')) || '0');
  if (![col, row, colOff, rowOff].every(Number.isFinite) || col < 0 || row < 0) return null;
  if (col > 16_383 || row > 1_048_575) return null;
  return { x: grid.colLeft(col + 1) + colOff, y: grid.rowTop(row + 1) + rowOff };
}

function finiteBox(box: Box): boolean {
  return [box.x, box.y, box.w, box.h].every(Number.isFinite) && box.w >= 0 && box.h >= 0;
}

function shapeText(element: XmlElement): string {
  const paragraphs = children(child(element, 'txBody'), 'p').map((p) =>
    [...children(p, 'r'), ...children(p, 'fld')]
      .map((run) =>
        children(run, 't')
          .map((t) => ownText(t))
          .join(''),
      )
      .join(''),
  );
  return cleanText(paragraphs.join('\n'));
}

/** A text box: marked as one, or a shape with text and neither fill nor outline. */
function isTextBox(element: XmlElement, props: XmlElement | undefined, text: string): boolean {
  const nvProps = child(child(element, 'nvSpPr'), 'cNvSpPr');
  if (attr(nvProps, 'txBox') === '1') return true;
  if (!text) return false;
  return child(props, 'noFill') !== undefined && child(child(props, 'ln'), 'noFill') !== undefined;
}

function cornerAdjust(props: XmlElement | undefined): number | null {
  const guide = children(child(child(props, 'prstGeom'), 'avLst'), 'gd').find(
    (gd) => attr(gd, 'name') === 'adj',
  );
  const match = /^val\s+(-?\d+)/.exec(attr(guide, 'fmla') ?? '');
  return match ? Number(match[1]) : null;
}

/** Distance from a point to a box (0 inside it). */
export function distanceToBox(point: Point, box: Box): number {
  const dx = Math.max(box.x - point.x, 0, point.x - (box.x + box.w));
  const dy = Math.max(box.y - point.y, 0, point.y - (box.y + box.h));
  return Math.hypot(dx, dy);
}

export function centre(box: Box): Point {
  return { x: box.x + box.w / 2, y: box.y + box.h / 2 };
}
