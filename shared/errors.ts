// Errors that reach a user: a stable code for programs, a message in Bahasa Indonesia that says
// what happened and what to do, and the technical detail for logs only.

export type SopErrorCode =
  | 'invalid-json'
  | 'unknown-format'
  | 'unknown-version'
  | 'invalid-document'
  | 'file-too-large'
  | 'not-found'
  | 'invalid-argument'
  | 'io'
  | 'disk-full'
  | 'read-only'
  | 'busy'
  | 'not-a-library'
  | 'corrupt'
  | 'incompatible'
  | 'unsupported-file'
  | 'cancelled'
  | 'unreachable'
  | 'denied'
  | 'conflict'
  | 'internal';

export class SopError extends Error {
  readonly code: SopErrorCode;
  readonly detail: string | undefined;

  constructor(code: SopErrorCode, message: string, detail?: string) {
    super(message);
    this.name = 'SopError';
    this.code = code;
    this.detail = detail;
  }
}

export function isSopError(value: unknown): value is SopError {
  return value instanceof SopError;
}
