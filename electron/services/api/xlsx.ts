// Handlers of the Excel import channel: workbook bytes in, documents and reports out, read in a
// worker. Nothing is stored, so a cancelled import leaves the library as it was.

import type { HeavyContext } from './context';
import type { HandlersFor } from './types';

export function xlsxHandlers({ runner, registry }: HeavyContext): HandlersFor<'xlsx:import'> {
  return {
    'xlsx:import': (bytes, jobId) =>
      registry.track(jobId, (run) => runner.run('xlsx:import', [bytes], run)),
  };
}
