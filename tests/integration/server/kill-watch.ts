// Kills a publish while the server holds one of its transactions open. An admin connection
// watches pg_stat_activity for the app's connection (application_name 'SOP AP Editor') holding a
// transaction id (a write done, COMMIT not yet: INSERT running or idle in transaction); when the
// chosen one of its transactions is seen open, the CLI is killed at once. Whether the kill cut a
// transaction is the server's own answer: a transaction it saw open ends aborted (nothing else
// aborts one in these tests); one that committed between the look and the kill does not count.

import { spawn } from 'node:child_process';
import type pg from 'pg';
import { CLI } from '../../support/run-cli';

const OPEN_PUBLISH = `SELECT backend_xid::text AS xid FROM pg_stat_activity
  WHERE application_name = 'SOP AP Editor' AND backend_xid IS NOT NULL
    AND (state = 'idle in transaction' OR (state = 'active' AND query ILIKE 'INSERT%'))`;

const SETTLE_TIMEOUT_MS = 10_000;

export type KillResult = {
  /** The process was killed (it had not finished before a transaction was seen). */
  killed: boolean;
  /** The transactions of the publish seen open on the server before the kill. */
  seen: string[];
};

/** Runs `sop <args>`; SIGKILLs it as soon as its transaction number `nth` (from 0) is seen open. */
export async function killInsideTransaction(
  admin: pg.Client,
  args: string[],
  nth: number,
): Promise<KillResult> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
  let running = true;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running = false;
      resolve();
    }),
  );
  const seen = new Set<string>();
  while (running) {
    const open = (await admin.query<{ xid: string }>(OPEN_PUBLISH)).rows;
    for (const row of open) seen.add(row.xid);
    if (open.length > 0 && seen.size > nth && running) {
      child.kill('SIGKILL');
      break;
    }
  }
  const killed = running;
  await exited;
  return { killed, seen: [...seen] };
}

/** Whether one of the transactions ended aborted, once the server has settled each of them. */
export async function cutInsideTransaction(admin: pg.Client, xids: string[]): Promise<boolean> {
  // Each settled in turn: a pg client runs one query at a time.
  const statuses: string[] = [];
  for (const xid of xids) statuses.push(await settledStatus(admin, xid));
  return statuses.includes('aborted');
}

/** 'committed' or 'aborted' once the backend noticed its client gone (a fresh cluster: epoch 0). */
async function settledStatus(admin: pg.Client, xid: string): Promise<string> {
  const until = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const { rows } = await admin.query<{ status: string }>(
      'SELECT pg_xact_status($1::text::xid8) AS status',
      [xid],
    );
    const status = rows[0]!.status;
    if (status !== 'in progress' || Date.now() > until) return status;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
