// layoutSop: one SOP document to printed pages — identity page, flowchart pages, the optional symbol
// legend and narrative table — each page with its footer (and the DRAF mark of a draft). The book
// reuses the same pieces.

import type { SopDocument } from '../model';
import { addDraftMarks } from './draft-mark';
import { layoutNarrative, legendHeight, legendPrimitives } from './extras';
import { layoutFlowchart } from './flowchart';
import { addFooters, footerHeight } from './footer';
import { layoutIdentity } from './identity';
import type { TextMeasurer } from './measure';
import { PAPER_SIZES } from '../model';
import type { Box, LayoutSettings, LayoutWarning, Page, Primitive, SopLayout } from './types';

export type PageFrame = { pageWidth: number; pageHeight: number; area: Box };

/** The printable area of a page of the given settings. */
export function contentArea(settings: Pick<LayoutSettings, 'paper' | 'margins'>): PageFrame {
  const size = PAPER_SIZES[settings.paper];
  const { margins } = settings;
  return {
    pageWidth: size.width,
    pageHeight: size.height,
    area: {
      x: margins.left,
      y: margins.top,
      width: size.width - margins.left - margins.right,
      height: size.height - margins.top - margins.bottom,
    },
  };
}

/** Lowest point drawn on a page, so later parts can follow on the same page. */
export function contentBottom(page: Page): number {
  let bottom = 0;
  for (const p of page.primitives) {
    if (p.kind === 'text' && p.role === 'page-number') continue;
    if ('box' in p) bottom = Math.max(bottom, p.box.y + p.box.height);
  }
  return bottom;
}

export type SopParts = {
  pages: Page[];
  warnings: LayoutWarning[];
  /** The frame of the body (page area less the footer). */
  body: PageFrame;
};

/**
 * Pages of one SOP without footers. `firstPageTop` is room kept at the top of the first page (the
 * book's LAMPIRAN heading).
 */
export function layoutSopParts(
  doc: SopDocument,
  settings: LayoutSettings,
  measurer: TextMeasurer,
  firstPageTop = 0,
): SopParts {
  const page = contentArea(settings);
  const body: PageFrame = {
    ...page,
    area: { ...page.area, height: page.area.height - footerHeight(doc.print.coordination) },
  };
  const pages: Page[] = [];
  const shifted: PageFrame = {
    ...body,
    area: { ...body.area, y: body.area.y + firstPageTop, height: body.area.height - firstPageTop },
  };
  if (settings.identityPage) pages.push(...layoutIdentity(doc, shifted, measurer));
  const flowFrame = pages.length === 0 && firstPageTop > 0 ? shiftAll(body, firstPageTop) : body;
  const flowchart = layoutFlowchart(doc, flowFrame, settings.connectorLabels, measurer);
  pages.push(...flowchart.pages);
  if (doc.print.legend) {
    const draw = (y: number): Primitive[] =>
      legendPrimitives(body.area.x, y, body.area.width, measurer);
    appendAtEnd(pages, body, legendHeight(measurer), draw, 'legend');
  }
  if (doc.print.narrativeTable) pages.push(...layoutNarrative(doc, body, measurer));
  return { pages, warnings: flowchart.warnings, body };
}

/** Every flowchart page shifted down: used when the book heading sits above the first flowchart. */
function shiftAll(frame: PageFrame, top: number): PageFrame {
  return {
    ...frame,
    area: { ...frame.area, y: frame.area.y + top, height: frame.area.height - top },
  };
}

export function layoutSop(
  doc: SopDocument,
  settings: LayoutSettings,
  measurer: TextMeasurer,
): SopLayout {
  const parts = layoutSopParts(doc, settings, measurer);
  const { area } = contentArea(settings);
  addFooters(parts.pages, area, doc.print.coordination, measurer);
  if (settings.draftMark) addDraftMarks(parts.pages, area, settings.draftMark, measurer);
  return { title: doc.identity.name, pages: parts.pages, warnings: parts.warnings };
}

/** Appends primitives at the end of the last page, or on a new page when they do not fit. */
export function appendAtEnd(
  pages: Page[],
  body: PageFrame,
  height: number,
  draw: (y: number) => Primitive[],
  kind: Page['kind'],
): void {
  const last = pages[pages.length - 1];
  let y = last ? contentBottom(last) + 14 : body.area.y;
  let target = last;
  if (!target || y + height > body.area.y + body.area.height) {
    target = {
      width: body.pageWidth,
      height: body.pageHeight,
      kind,
      primitives: [],
      rows: [],
      table: null,
    };
    pages.push(target);
    y = body.area.y;
  }
  target.primitives.push(...draw(y));
}
