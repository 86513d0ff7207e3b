export * from './types';
export * from './labels';
export * from './field-variants';
export * from './io';
export * from './ids';
export * from './empty';
export * from './paper';
export * from './nip';
export { sopDocumentSchema, logoSchema } from './schema';
export {
  checkLogoBytes,
  fitPicture,
  imageFormat,
  logoPixelSize,
  type LogoBytesCheck,
} from './image';
export { fileNameFor, sopSlug, numberedSopFileName } from './file-name';
export * from './server';
