// What the library's Di Biro column and Kirim ke Biro need to know of an SOP's standing with the
// organisation server: whether it has anything to send, and the one short line under its status.

import type { LocalServerStatus } from '../../../../shared/model/server';
import { fill } from '../../i18n';

/**
 * Whether Kirim ke Biro of this SOP would send anything: saved revisions not on the server yet, or
 * a send waiting in the outbox (never reached the server, refused as stale, or failed).
 */
export function awaitsSending(status: LocalServerStatus | undefined): boolean {
  return status !== undefined && (status.unsent > 0 || status.state === 'queued');
}

/** Of these SOPs, in their order, the ones with something to send. */
export function sendableSops(
  ids: readonly string[],
  statuses: Readonly<Record<string, LocalServerStatus>>,
): string[] {
  return ids.filter((id) => awaitsSending(statuses[id]));
}

export type ServerLineStrings = {
  unsent: string;
  sendFailed: string;
  decreeShort: string;
};

export type ServerLine = { kind: 'note' | 'unsent' | 'failed' | 'decree'; text: string } | null;

/**
 * The one short line under the status chip, what matters most first: the bureau's note of a
 * returned SOP, revisions not sent, a send that failed, the decree's number, any other note.
 */
export function serverLine(status: LocalServerStatus, t: ServerLineStrings): ServerLine {
  const note = status.state === 'queued' || status.state === 'not-sent' ? '' : status.note.trim();
  if (status.state === 'returned' && note) return { kind: 'note', text: note };
  if (status.unsent > 0) return { kind: 'unsent', text: fill(t.unsent, { count: status.unsent }) };
  if (status.state === 'queued' && status.lastMessage)
    return { kind: 'failed', text: t.sendFailed };
  if (status.state === 'set' && status.decreeNumber) {
    return { kind: 'decree', text: fill(t.decreeShort, { number: status.decreeNumber }) };
  }
  return note ? { kind: 'note', text: note } : null;
}
