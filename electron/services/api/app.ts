// Handlers for the app and document channels.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSopJson } from '../../../shared/model';
import { runChecks } from '../../../shared/rules';
import type { ApiContext } from './context';
import type { HandlersFor } from './types';

export const SAMPLE_SOP_FILE = 'examples/contoh-pembinaan-kelana.sop.json';

export function appHandlers(
  ctx: ApiContext,
): HandlersFor<'app:info' | 'document:parse' | 'document:sample' | 'checks:run'> {
  return {
    'app:info': () => ctx.appInfo,
    'document:parse': (text) => parseSopJson(text),
    'document:sample': async () =>
      parseSopJson(await readFile(path.join(ctx.resourcesDir, SAMPLE_SOP_FILE), 'utf8')),
    'checks:run': (doc) => runChecks(doc),
  };
}
