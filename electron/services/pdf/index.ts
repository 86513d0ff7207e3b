// PDF export of SOPs and SOP books (issue 4): the Node side's entry points.

export { renderBookPdf, renderSopPdf, printPdf } from './render';
