// The flowchart layout engine (docs/architecture.md): documents to pages of positioned
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
export { DEFAULT_MARGINS, defaultLayoutSettings } from './paper';
export { arrowHead, arrowShaft, connectorOutline, diamondOutline } from './outline';
export { layoutBook, type BookSettings } from './book';
export { DRAFT_WORD, draftMarkText } from './draft-mark';
export { letters, romanNumeral } from './numerals';
