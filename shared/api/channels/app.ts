// Channels about the app itself and the documents it reads.

import { z } from 'zod';
import type { SopDocument } from '../../model';
import { sopDocumentSchema } from '../../model';
import type { CheckReport } from '../../rules';
import { channel } from '../define';

export type AppInfo = {
  name: string;
  version: string;
  /** Where the renderer runs: the desktop window or the browser preview. */
  shell: 'desktop' | 'preview';
};

export const appChannels = {
  'app:info': channel<AppInfo>()(z.tuple([])),
  /** Parse `.sop.json` text into a validated document (errors explain what is wrong). */
  'document:parse': channel<SopDocument>()(z.tuple([z.string().max(25_000_000)])),
  /** The example SOP shipped with the app, for first runs and demos. */
  'document:sample': channel<SopDocument>()(z.tuple([])),
  /** Run the Permenpan checks and compute the total time. */
  'checks:run': channel<CheckReport>()(z.tuple([sopDocumentSchema])),
};
