// An SOP's standing with the organisation server in words: the status word (belum dikirim,
// menunggu dikirim, dikirim, dikembalikan, diterima, ditetapkan), the lines under it (the bureau's
// note, who reviewed it and when, the decree, the revisions not sent) and the tooltip.

import type { LocalServerStatus } from '../../../shared/model/server';
import { fill } from '../i18n';
import type { ServerStatusStrings } from './server-status-strings';

export type ServerStatusWords = {
  word: string;
  /** The bureau's note, shown in full under the word (returned or accepted with a note). */
  note: string;
  /** Who reviewed it and when; '' before a review. */
  reviewed: string;
  /** The decree that set it, with its LAMPIRAN numeral; '' until set. */
  decree: string;
  /** `n revisi belum dikirim`, '' when every saved revision is on the server. */
  unsent: string;
  /** The tooltip: what the status means, and why the last send failed. */
  title: string;
};

/** Formats a timestamp and a calendar date the way the caller's language writes them. */
export type DateWriters = {
  timestamp: (iso: string) => string;
  day: (isoDate: string) => string;
};

export function serverStatusWords(
  status: LocalServerStatus,
  t: ServerStatusStrings,
  dates: DateWriters,
): ServerStatusWords {
  const { state } = status;
  const reviewed = status.reviewedAt
    ? fill(status.reviewedBy ? t.reviewed : t.reviewedAt, {
        who: status.reviewedBy,
        when: dates.timestamp(status.reviewedAt),
      })
    : '';
  return {
    word: t[state],
    note: state === 'queued' || state === 'not-sent' ? '' : status.note,
    reviewed: state === 'returned' || state === 'accepted' || state === 'set' ? reviewed : '',
    decree: state === 'set' ? decreeLine(status, t, dates) : '',
    unsent: status.unsent > 0 ? fill(t.unsent, { count: status.unsent }) : '',
    title: hint(status, t),
  };
}

function decreeLine(status: LocalServerStatus, t: ServerStatusStrings, dates: DateWriters) {
  const values = { number: status.decreeNumber, numeral: status.decreeNumeral };
  return status.decreeDate
    ? fill(t.decreeDated, { ...values, date: dates.day(status.decreeDate) })
    : fill(t.decree, values);
}

function hint(status: LocalServerStatus, t: ServerStatusStrings): string {
  switch (status.state) {
    case 'not-sent':
      return t.notSentHint;
    case 'queued':
      return status.lastMessage
        ? `${t.queuedHint}\n${fill(t.lastMessage, { message: status.lastMessage })}`
        : t.queuedHint;
    case 'submitted':
      return t.submittedHint;
    case 'returned':
      return fill(t.returnedHint, { note: status.note });
    case 'accepted':
      return t.acceptedHint;
    case 'set':
      return t.setHint;
  }
}
