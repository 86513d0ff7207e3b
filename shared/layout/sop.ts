// layoutSop: one SOP document to printed pages — identity page, flowchart pages, the optional
// narrative table and symbol legend — each page with its footer.

import type { SopDocument } from '../model';
import { layoutFlowchart } from './flowchart';
import { addFooters, footerHeight } from './footer';
import type { TextMeasurer } from './measure';
import { PAPER_SIZES } from './paper';
import type { Box, LayoutSettings, SopLayout } from './types';

/** The printable area of a page of the given settings. */
export function contentArea(settings: LayoutSettings): {
  pageWidth: number;
  pageHeight: number;
  area: Box;
} {
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

export function layoutSop(
  doc: SopDocument,
  settings: LayoutSettings,
  measurer: TextMeasurer,
): SopLayout {
  const page = contentArea(settings);
  const coordination = doc.print.coordination;
  const body = { ...page.area, height: page.area.height - footerHeight(coordination) };
  const flowchart = layoutFlowchart(
    doc,
    { ...page, area: body },
    settings.connectorLabels,
    measurer,
  );
  const pages = [...flowchart.pages];
  addFooters(pages, page.area, coordination, measurer);
  return { title: doc.identity.name, pages, warnings: flowchart.warnings };
}
