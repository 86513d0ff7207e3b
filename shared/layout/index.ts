// The flowchart layout engine (STYLE.md: shared/layout): documents to pages of positioned
// primitives that the PDF, the SVG preview and the Excel shapes render.

export * from './types';
export { layoutSop, contentArea } from './sop';
export { renderSvgPage } from './svg';
export {
  arimoMeasurer,
  createFontMeasurer,
  wrapText,
  type TextMeasurer,
  type FontMetrics,
} from './measure';
export { PAPER_SIZES, DEFAULT_MARGINS, defaultLayoutSettings, mm } from './paper';
export { arrowHead, arrowShaft, connectorOutline, diamondOutline } from './outline';
export { layoutBook, type BookSettings } from './book';
export { letters, romanNumeral } from './numerals';
export { formatNip } from './identity';
