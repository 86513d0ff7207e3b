// Handler of the PDF import channel: PDF bytes in, documents and reports out, read in a worker.
// Nothing is stored, so a cancelled import leaves the library as it was.

import type { HeavyContext } from './context';
import type { HandlersFor } from './types';

export function pdfImportHandlers({ runner, registry }: HeavyContext): HandlersFor<'pdf:import'> {
  return {
    'pdf:import': (bytes, jobId) =>
      registry.track(jobId, (run) => runner.run('pdf:import', [bytes], run)),
  };
}
