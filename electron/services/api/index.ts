// All API handlers, combined from one module per domain.

import { defaultJobRunner } from '../workers/runner';
import { appHandlers } from './app';
import { librarySession, type ApiContext } from './context';
import { jobHandlers, JobRegistry } from './jobs';
import { libraryHandlers } from './library';
import { OutboxSender } from './outbox';
import { pdfHandlers } from './pdf';
import { pdfImportHandlers } from './pdf-import';
import { serverHandlers } from './server';
import { memorySecretStore } from '../server/secret-store';
import type { ApiHandlers } from './types';
import { xlsxHandlers } from './xlsx';
import { xlsxExportHandlers } from './xlsx-export';

export function createApiHandlers(ctx: ApiContext): ApiHandlers {
  const heavy = { runner: ctx.jobs ?? defaultJobRunner(), registry: new JobRegistry() };
  const secrets = ctx.secrets ?? memorySecretStore();
  if (ctx.library && ctx.outboxEveryMs !== undefined) {
    new OutboxSender(ctx.library, secrets, ctx.outboxEveryMs).followSession();
  }
  return {
    ...appHandlers(ctx),
    ...pdfHandlers(heavy),
    ...libraryHandlers(ctx, heavy),
    ...xlsxHandlers(heavy),
    ...pdfImportHandlers(heavy),
    ...xlsxExportHandlers(heavy),
    ...jobHandlers(heavy.registry),
    ...serverHandlers({ library: () => librarySession(ctx).get(), secrets }, heavy),
  };
}

export type { ApiContext } from './context';
export { OUTBOX_EVERY_MS } from './outbox';
export type { ApiHandlers, Handler, HandlersFor } from './types';
export { dispatch, dispatchCall } from './dispatch';
