export * from './labels';
export * from './text';
export * from './shapes';
export * from './report';
