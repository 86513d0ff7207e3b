export * from './types';
export * from './labels';
export * from './io';
export * from './ids';
export * from './empty';
export { sopDocumentSchema, logoSchema } from './schema';
