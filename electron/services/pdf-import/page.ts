// What the PDF importer reads from a page before it recognises anything: the text items and the
// drawn paths and pictures, in points with the origin at the page's top-left corner and y going
// down (docs/format.md §9).

export type PdfText = {
  text: string;
  /** Left edge and top of the text's box. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Font size in points. */
  size: number;
  bold: boolean;
  italic: boolean;
};

/** One straight or curved piece of a path; curves keep their end points and control points. */
export type PdfSegment =
  | { kind: 'line'; from: PdfPoint; to: PdfPoint }
  | { kind: 'curve'; from: PdfPoint; to: PdfPoint; controls: [PdfPoint, PdfPoint] };

export type PdfPoint = { x: number; y: number };

/** A path as painted: its pieces, whether it was closed, and how it was stroked and filled. */
export type PdfPath = {
  segments: PdfSegment[];
  closed: boolean;
  /** `#rrggbb`, or null when not stroked / not filled. */
  stroke: string | null;
  fill: string | null;
  lineWidth: number;
};

export type PdfImage = { x: number; y: number; width: number; height: number };

/**
 * What a PDF tells of the program that printed it, as far as reading its pages goes: whether it
 * marks every word it breaks between letters with U+2010 HYPHEN (this app's prints do).
 */
export type PdfProducer = { marksBrokenWords: boolean };

/** A producer that is not known to mark its broken words. */
export const UNKNOWN_PRODUCER: PdfProducer = { marksBrokenWords: false };

export type PdfPage = {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  texts: PdfText[];
  paths: PdfPath[];
  images: PdfImage[];
};
