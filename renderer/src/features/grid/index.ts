// The flowchart grid feature as the app shell uses it: the grid, its toolbar, and the commands and
// keys the help panel lists.

export { FlowchartGrid } from './FlowchartGrid';
export type { FlowchartGridProps } from './FlowchartGrid';
export { GridToolbar } from './GridToolbar';
export { SYMBOL_KEYS, commandShortcut, placeSymbol, runGridCommand } from './commands';
export type { GridCommand } from './commands';
