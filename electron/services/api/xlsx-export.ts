// Handler of the Excel export channel: documents in, workbook bytes out, written in a worker.

import type { HeavyContext } from './context';
import type { HandlersFor } from './types';

export function xlsxExportHandlers({ runner, registry }: HeavyContext): HandlersFor<'xlsx:export'> {
  return {
    'xlsx:export': (entries, jobId) =>
      registry.track(jobId, (run) => runner.run('xlsx:export', [entries], run)),
  };
}
