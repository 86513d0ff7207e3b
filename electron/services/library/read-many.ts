// Reading many `.sop.json` texts for one import (Impor .sop.json with several files): each is
// parsed and validated on its own, so one bad file is reported by name and the rest still come in.
// Runs in a worker thread; the documents then go into the library in one transaction.

import { isSopError } from '../../../shared/errors';
import type { SopDocument } from '../../../shared/model';
import { parseSopJson } from '../../../shared/model';
import type { OnProgress } from '../workers/protocol';

export type SopFileText = { name: string; text: string };

export type SopFileRead =
  { name: string; document: SopDocument } | { name: string; problem: string };

export function readSopTexts(files: readonly SopFileText[], progress: OnProgress): SopFileRead[] {
  progress(0, files.length);
  return files.map(({ name, text }, index) => {
    try {
      return { name, document: parseSopJson(text) };
    } catch (error) {
      // Only a document's own faults are a file's problem; anything else is ours and stops all.
      if (!isSopError(error)) throw error;
      return { name, problem: error.message };
    } finally {
      progress(index + 1, files.length);
    }
  });
}
