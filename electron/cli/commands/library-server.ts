// `sop library publish` and `sop library pull`: the library and the organisation server. Publish
// queues the SOPs and sends the outbox, one line per SOP; exit 0 only when everything was sent.
// Pull prints what changed: each SOP's status with the bureau's note, and new revisions with
// their differences from the draft. Without --server the standard PG* variables are used.

import type { PublishOutcome, PullOutcome, ServerStatus } from '../../../shared/model/server';
import type { Library } from '../../services/library/library';
import type { ServerTarget } from '../../services/server/connection';
import { CliUsageError, EXIT_INPUT, EXIT_OK } from '../command';
import type { CliIO } from '../command';
import { batchSummary } from '../failure';
import { visible } from '../terminal';

export type ServerFlags = { server?: string | undefined; all?: boolean | undefined };

export async function publishSops(
  library: Library,
  words: readonly string[],
  flags: ServerFlags,
  io: CliIO,
): Promise<number> {
  if (flags.all === true && words.length > 0) {
    throw new CliUsageError('Sebutkan id SOP atau --all, tidak keduanya.');
  }
  if (flags.all !== true && words.length === 0) {
    throw new CliUsageError('Sebutkan satu atau lebih id SOP, atau --all untuk semua SOP.');
  }
  const outcomes = await library.publishToServer(targetOf(flags), flags.all ? 'all' : [...words]);
  for (const outcome of outcomes) io.out(publishLine(outcome));
  const notSent = outcomes.filter((o) => o.state === 'stale' || o.state === 'failed').length;
  if (notSent === 0) return EXIT_OK;
  io.err(batchSummary(outcomes.length, notSent));
  return EXIT_INPUT;
}

export async function pullSops(
  library: Library,
  words: readonly string[],
  flags: ServerFlags,
  io: CliIO,
): Promise<number> {
  if (words.length > 0 || flags.all === true) {
    throw new CliUsageError('"pull" tidak menerima id SOP atau --all: semua SOP unit ditarik.');
  }
  const outcome = await library.pullFromServer(targetOf(flags));
  for (const line of pullLines(library, outcome)) io.out(line);
  return EXIT_OK;
}

function targetOf(flags: ServerFlags): ServerTarget {
  return flags.server === undefined ? {} : { url: flags.server };
}

function publishLine(outcome: PublishOutcome): string {
  const what = {
    sent: `dikirim ${outcome.sent} revisi`,
    'up-to-date': outcome.message,
    stale: `ditolak: ${outcome.message}`,
    failed: `gagal: ${outcome.message}`,
  }[outcome.state];
  return [outcome.id, what, nameOf(outcome.name)].join('\t');
}

export const STATUS_WORDS: Record<ServerStatus, string> = {
  submitted: 'dikirim',
  returned: 'dikembalikan',
  accepted: 'diterima',
  set: 'ditetapkan',
};

function pullLines(library: Library, outcome: PullOutcome): string[] {
  const lines: string[] = [];
  for (const sop of outcome.updated) {
    const status = library.serverStatus(sop.id);
    const review = status.reviewedBy
      ? `oleh ${visible(status.reviewedBy)} ${status.reviewedAt ?? ''}`.trim()
      : '';
    const decree = status.decreeNumber
      ? `keputusan ${visible(status.decreeNumber)} tanggal ${status.decreeDate ?? '-'} lampiran ${visible(status.decreeNumeral)}`
      : '';
    const note = status.note ? `catatan: ${visible(status.note)}` : '';
    lines.push(
      [sop.id, STATUS_WORDS[sop.status], nameOf(sop.name), review, decree, note]
        .filter(Boolean)
        .join('\t'),
    );
  }
  for (const sop of outcome.revisions) {
    lines.push(
      [
        sop.id,
        `revisi ${sop.revision} dari server`,
        nameOf(sop.name),
        `${sop.differences} perbedaan dengan draf`,
      ].join('\t'),
    );
  }
  const total = outcome.updated.length + outcome.revisions.length;
  lines.push(total === 0 ? 'Tidak ada pembaruan dari server.' : `${total} pembaruan ditarik.`);
  return lines;
}

function nameOf(name: string): string {
  return visible(name) || '(tanpa nama)';
}
