// Building blocks of the API contract: a channel is a zod tuple of arguments plus a phantom
// result type, so one declaration gives runtime validation and static types on both sides.

import type { z } from 'zod';

export type ChannelSpec<Args extends z.ZodTuple = z.ZodTuple, Result = unknown> = {
  args: Args;
  /** Never set: carries the result type only. */
  readonly result?: Result;
};

export function channel<Result>() {
  return <Args extends z.ZodTuple>(args: Args): ChannelSpec<Args, Result> => ({ args });
}

/** What every call returns across a process boundary: errors travel as data, not exceptions. */
export type ApiResponse<T> =
  { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
