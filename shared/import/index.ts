// What the Excel import shares between the Node side and the renderer: the import report.

export * from './report';
export * from './match';
export * from './exchange';
export * from './review';
