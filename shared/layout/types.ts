// The output of the layout engine: pages of renderer-neutral primitives in points (1/72 inch),
// origin at the top-left corner of the page, y growing downwards.

import type { Paper } from '../model';

export type Point = { x: number; y: number };
export type Box = { x: number; y: number; width: number; height: number };

export type Margins = { top: number; right: number; bottom: number; left: number };

/** How the matching pair of off-page connectors is labelled. */
export type ConnectorLabelMode = 'letter' | 'step';

/**
 * The DRAF mark printed on every page of a draft that is not the approved version (docs/format.md
 * §4.1), so a printed draft is never taken for the SOP in force.
 */
export type DraftMark = {
  /** The approved revision the draft changes, or null when none was approved. */
  basedOn: number | null;
};

export type LayoutSettings = {
  paper: Paper;
  /** Margins in points. */
  margins: Margins;
  connectorLabels: ConnectorLabelMode;
  /** Print the identity page before the flowchart. */
  identityPage: boolean;
  /** The DRAF mark on every page, or null for none. */
  draftMark: DraftMark | null;
};

/** Text already broken into lines; `box.y` is the top of the first line box. */
export type TextPrimitive = {
  kind: 'text';
  box: Box;
  lines: string[];
  fontSize: number;
  bold: boolean;
  align: 'left' | 'center' | 'right';
  lineHeight: number;
  /** From the top of a line box to its baseline. */
  ascent: number;
  /** What the text is, for tests and for renderers that style by role. */
  role:
    'cell' | 'header' | 'exit-label' | 'connector-label' | 'page-number' | 'heading' | 'draft-mark';
  underline?: boolean;
};

/** A table cell border or a filled box (header shading). */
export type RectPrimitive = {
  kind: 'rect';
  box: Box;
  /** Stroke width; 0 draws no border. */
  stroke: number;
  /** Fill colour as #rrggbb, or null for none. */
  fill: string | null;
};

/** A plain line: the joining line of a joint activity, a signature line, a rule. */
export type LinePrimitive = {
  kind: 'line';
  points: Point[];
  width: number;
  role: 'joint' | 'rule';
};

/** The shapes of the flowchart: the three step symbols and the off-page connector (pentagon). */
export type SymbolShape = 'terminator' | 'process' | 'decision' | 'connector';

export type SymbolPrimitive = {
  kind: 'symbol';
  shape: SymbolShape;
  box: Box;
  /** The step the symbol draws, or null for a connector or a legend sample. */
  stepId: string | null;
  /** Text inside (connector label), drawn by a separate text primitive too. */
  label: string | null;
};

/** What an arrow end touches: a step's symbol or an off-page connector. */
export type ArrowEnd =
  | { kind: 'step'; stepId: string }
  | { kind: 'connector'; label: string }
  /** The sample arrow of the symbol legend, attached to nothing. */
  | { kind: 'legend' };

/** An orthogonal polyline with an arrow head at its last point. */
export type ArrowPrimitive = {
  kind: 'arrow';
  points: Point[];
  from: ArrowEnd;
  to: ArrowEnd;
};

export type ImagePrimitive = {
  kind: 'image';
  box: Box;
  mime: 'image/png' | 'image/jpeg';
  /** Base64 data. */
  data: string;
};

export type Primitive =
  TextPrimitive | RectPrimitive | LinePrimitive | SymbolPrimitive | ArrowPrimitive | ImagePrimitive;

export type PageKind = 'cover' | 'contents' | 'identity' | 'flowchart' | 'narrative' | 'legend';

/** One row of the flowchart table as placed on a page, for tests and the editor's hit testing. */
export type PlacedRow = { stepId: string; box: Box; textBoxes: Box[] };

export type Page = {
  width: number;
  height: number;
  kind: PageKind;
  primitives: Primitive[];
  /** Flowchart rows placed on this page (empty on other pages). */
  rows: PlacedRow[];
  /** The table area, from the first header row to the end of the last row or band. */
  table: Box | null;
};

export type LayoutWarning = { code: 'text-truncated'; stepId: string };

export type SopLayout = {
  title: string;
  pages: Page[];
  warnings: LayoutWarning[];
};
