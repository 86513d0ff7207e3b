// The flowchart grid feature as the app's frame uses it: the grid, its toolbar, and the handlers
// of the grid's commands in the command table.

export { FlowchartGrid } from './FlowchartGrid';
export { GridToolbar } from './GridToolbar';
export { gridHandlers } from './commands';
