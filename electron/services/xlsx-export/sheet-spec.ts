// What the export writes, before any library sees it: sheets as plain data (cells, merges, sizes,
// page setup) plus the drawn shapes, so each sheet builder stays a pure function of the document.

import type { DraftMark } from '../../../shared/layout';
import type { Marker } from './anchors';

/** The few cell looks the SOP sheets use; workbook.ts maps them to Excel styles. */
export type CellStyle =
  | 'header'
  | 'cell'
  | 'cellCenter'
  | 'kop'
  | 'label'
  | 'value'
  | 'valueBold'
  | 'listNumber'
  | 'listItem'
  | 'sectionLabel'
  | 'registerTitle';

export type CellSpec = {
  /** 1-based, as Excel numbers them. */
  row: number;
  col: number;
  value: string | number;
  style: CellStyle;
  /** Font size when it differs from the sheet's. */
  fontSize?: number;
};

export type MergeSpec = { top: number; left: number; bottom: number; right: number };

export type PageSpec = {
  /** Excel paper code: A4 9, Legal 5, Folio/F4 14. */
  paperSize: number;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number };
  /** Header rows repeated on every printed page (Print_Titles). */
  titleRows: [number, number] | null;
  /** Last row and column of the print area (from A1). */
  printArea: { rows: number; cols: number };
  /** Rows after which a manual page break falls. */
  rowBreaks: number[];
  /** Row titles of the Paraf Koordinasi line in the page footer (empty: none). */
  coordination: string[];
  /** The DRAF mark in the page header of every printed page, or null. */
  draftMark: DraftMark | null;
};

/** Absolute place of a drawn item: its anchor cells and the same box in sheet EMU. */
export type Anchor = { from: Marker; to: Marker; x: number; y: number; cx: number; cy: number };

export type Glue = { id: number; site: number };

export type ShapePreset =
  'flowChartTerminator' | 'flowChartProcess' | 'flowChartDecision' | 'flowChartOffpageConnector';

export type DrawingItem =
  | {
      kind: 'shape';
      id: number;
      name: string;
      preset: ShapePreset;
      anchor: Anchor;
      /** Text inside (an off-page connector's label); step symbols stay empty like field files. */
      text: string | null;
      fontSize: number;
    }
  | {
      kind: 'connector';
      id: number;
      name: string;
      anchor: Anchor;
      /** Polyline in EMU relative to the anchor box. */
      path: Array<{ x: number; y: number }>;
      start: Glue | null;
      end: Glue | null;
      arrowHead: boolean;
      /**
       * For an elbow: ids of the group and of the drawn path. LibreOffice draws every connector
       * from corner to corner with its own routing, so the elbow is drawn as a freeform path and
       * the glued connector beside it in the same group carries the flow, invisible.
       */
      elbow: { groupId: number; pathId: number } | null;
    }
  | {
      kind: 'textbox';
      id: number;
      name: string;
      anchor: Anchor;
      text: string;
      fontSize: number;
    }
  | {
      kind: 'picture';
      id: number;
      name: string;
      anchor: Anchor;
      mime: 'image/png' | 'image/jpeg';
      data: Uint8Array;
    };

export type SheetSpec = {
  name: string;
  /** Column widths in Excel characters, column A first. */
  columns: number[];
  /** Row heights in points, row 1 first. */
  rows: number[];
  cells: CellSpec[];
  merges: MergeSpec[];
  page: PageSpec;
  /** Font size of the sheet's cells, in points. */
  fontSize: number;
  drawing: DrawingItem[];
  /** Hidden sheet-scoped defined names and their formulas, for what cells cannot hold. */
  names: Array<{ name: string; formula: string }>;
};
