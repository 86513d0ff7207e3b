// What each job does, the same in a worker thread and in-process (CLI, tests from source).

import { renderBookPdf, renderSopPdf } from '../pdf';
import { exportWorkbook } from '../xlsx-export/export';
import { importWorkbook } from '../xlsx-import/import';
import { importPdf } from '../pdf-import/import';
import { prepareRestore } from '../library/backup';
import { readSopTexts } from '../library/read-many';
import type { JobArgs, JobKind, JobResults, OnProgress } from './protocol';

type JobTable = {
  [K in JobKind]: (args: JobArgs[K], progress: OnProgress) => Promise<JobResults[K]>;
};

const jobTable: JobTable = {
  'pdf:export': async ([doc, options], progress) => {
    progress(0, 1);
    const bytes = await renderSopPdf(
      doc,
      {
        ...(options?.paper ? { paper: options.paper } : {}),
        ...(options?.draftMark ? { draftMark: options.draftMark } : {}),
      },
      { source: options?.source ?? true },
    );
    progress(1, 1);
    return bytes;
  },
  'pdf:book': ([docs, options = {}], progress) => {
    const { paper, source = true, ...book } = options;
    progress(0, docs.length + 1);
    return renderBookPdf(docs, { ...book, ...(paper ? { paper } : {}) }, progress, { source });
  },
  'xlsx:import': async ([bytes], progress) => {
    progress(0, 1);
    const result = await importWorkbook(bytes);
    progress(1, 1);
    return result;
  },
  'pdf:import': ([bytes], progress) => importPdf(bytes, progress),
  'xlsx:export': ([entries], progress) => {
    progress(0, entries.length + 1);
    return exportWorkbook(entries, { onProgress: progress });
  },
  'library:prepare-restore': ([file, target, label], progress) => {
    prepareRestore(file, target, label, progress);
    return Promise.resolve(null);
  },
  'sop:read-many': ([files], progress) => Promise.resolve(readSopTexts(files, progress)),
};

export function runJob<K extends JobKind>(
  kind: K,
  args: JobArgs[K],
  progress: OnProgress,
): Promise<JobResults[K]> {
  return jobTable[kind](args, progress);
}
