// Channels of long jobs (PDF, SOP book, Excel import and export): the caller names its call with a
// job id of its own choosing, passed as the heavy channel's last argument, and while that call is
// pending asks for its progress or cancels it. Polling works the same over IPC and HTTP.

import { z } from 'zod';
import { channel } from '../define';

/** A caller-chosen id, e.g. crypto.randomUUID(). */
export const jobIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

/** Where a job stands; "unknown" before it has started and after it has ended. */
export type JobStatus = { state: 'running'; done: number; total: number } | { state: 'unknown' };

export const jobChannels = {
  /** The progress of a pending call started with this job id. */
  'job:status': channel<JobStatus>()(z.tuple([jobIdSchema])),
  /** Cancels that call: it then fails with code "cancelled" and leaves nothing behind. */
  'job:cancel': channel<boolean>()(z.tuple([jobIdSchema])),
};
