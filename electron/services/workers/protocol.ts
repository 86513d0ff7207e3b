// The jobs a worker runs and the messages that cross between a worker and its pool. One worker
// runs one job at a time, so messages need no job id.

import type { BookOptions, PdfOptions } from '../../../shared/api/channels/pdf';
import type { ImportResult } from '../../../shared/import';
import type { SopDocument } from '../../../shared/model';
import type { ExportEntry } from '../xlsx-export/export';
import type { SopFileRead, SopFileText } from '../library/read-many';

export type JobArgs = {
  'pdf:export': [doc: SopDocument, options?: PdfOptions];
  'pdf:book': [docs: SopDocument[], options?: BookOptions];
  'xlsx:import': [bytes: Uint8Array];
  'pdf:import': [bytes: Uint8Array];
  'xlsx:export': [entries: ExportEntry[]];
  'library:prepare-restore': [file: string, target: string, label?: string];
  'sop:read-many': [files: SopFileText[]];
};

export type JobResults = {
  'pdf:export': Uint8Array;
  'pdf:book': Uint8Array;
  'xlsx:import': ImportResult;
  'pdf:import': ImportResult;
  'xlsx:export': Uint8Array;
  'library:prepare-restore': null;
  'sop:read-many': SopFileRead[];
};

export type JobKind = keyof JobArgs;

/** Progress of a job: `done` of `total` steps finished. */
export type OnProgress = (done: number, total: number) => void;

/** How a caller follows and stops a job: progress reports and an abort signal. */
export type RunOptions = { onProgress?: OnProgress; signal?: AbortSignal };

export type JobRequest<K extends JobKind = JobKind> = { kind: K; args: JobArgs[K] };

/** A failure as data: a SopError keeps its code and message, anything else its stack for the log. */
export type JobFailure =
  { sop: true; code: string; message: string; detail?: string } | { sop: false; text: string };

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; failure: JobFailure };

/** The buffer of a byte array that owns all of it, to be moved instead of copied. */
export function transferablesOf(values: readonly unknown[]): ArrayBuffer[] {
  return values.flatMap((value) =>
    value instanceof Uint8Array &&
    value.buffer instanceof ArrayBuffer &&
    value.byteOffset === 0 &&
    value.byteLength === value.buffer.byteLength
      ? [value.buffer]
      : [],
  );
}
