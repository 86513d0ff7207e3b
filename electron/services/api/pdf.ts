// Handlers of the PDF channels: documents in, PDF bytes out, made in a worker.

import type { HeavyContext } from './context';
import type { HandlersFor } from './types';

export function pdfHandlers({
  runner,
  registry,
}: HeavyContext): HandlersFor<'pdf:export' | 'pdf:book'> {
  return {
    'pdf:export': (doc, options, jobId) =>
      registry.track(jobId, (run) => runner.run('pdf:export', [doc, options], run)),
    'pdf:book': (docs, options, jobId) =>
      registry.track(jobId, (run) => runner.run('pdf:book', [docs, options], run)),
  };
}
