// `sop server list|review|decree`: the register as a login sees it, the bureau's review of an
// SOP's latest revision and the decree that sets accepted SOPs (docs/server.md, "The register").

import { calendarDateFromIso } from '../../../shared/rules/dates';
import { withServer } from '../../services/server/connection';
import {
  listRegister,
  recordDecree,
  reviewSop,
  SERVER_STATUSES,
  type DecreeEntry,
  type RegisterRow,
} from '../../services/server/register';
import { CliUsageError, EXIT_OK } from '../command';
import type { CliIO } from '../command';
import { terminalJson, visible } from '../terminal';
import {
  requiredOption,
  serverTarget,
  statusOption,
  statusWord,
  type ServerValues,
} from './server-options';

const PAGE = 500;
const REVIEW_STATUSES = ['returned', 'accepted'] as const;

/** Every register row the login sees (filtered by unit, status and search words). */
export async function listAction(words: string[], values: ServerValues, io: CliIO) {
  if (words.length > 0) throw new CliUsageError('"list" tidak menerima argumen lain.');
  const status = statusOption(values.status, SERVER_STATUSES);
  const rows = await withServer(serverTarget(values), async (client) => {
    const found: RegisterRow[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const query = { unit: values.unit, status, search: values.search, offset, limit: PAGE };
      const page = await listRegister(client, query);
      found.push(...page.rows);
      if (found.length >= page.total || page.rows.length === 0) return found;
    }
  });
  if (values.json) {
    io.out(terminalJson(JSON.stringify(rows, null, 2)));
    return EXIT_OK;
  }
  for (const row of rows) io.out(registerLine(row));
  return EXIT_OK;
}

/** id, unit, name, number, revision, status (with the decree when set) and review note. */
function registerLine(row: RegisterRow): string {
  return [
    row.id,
    visible(row.unit),
    visible(row.name) || '(tanpa nama)',
    visible(row.number) || '-',
    `rev. ${row.revision}`,
    statusText(row),
    visible(row.reviewNote),
  ].join('\t');
}

/** The status word; a set SOP also names its decree and LAMPIRAN numeral. */
function statusText(row: RegisterRow): string {
  if (row.status !== 'set') return statusWord(row.status);
  return `${statusWord(row.status)} (${visible(row.decreeNumber)}, LAMPIRAN ${visible(row.decreeNumeral)})`;
}

/** The bureau's review; a unit login is refused by the service (and by PostgreSQL). */
export async function reviewAction(words: string[], values: ServerValues, io: CliIO) {
  if (words.length !== 1) throw new CliUsageError('Sebutkan tepat satu id SOP dari register.');
  const status = statusOption(values.status, REVIEW_STATUSES);
  if (!status) throw new CliUsageError('Sebutkan hasil telaah dengan --status returned|accepted.');
  const sopId = words[0] as string;
  const row = await withServer(serverTarget(values), (client) =>
    reviewSop(client, sopId, status, values.note ?? ''),
  );
  io.out(registerLine(row));
  return EXIT_OK;
}

/** Records a decree setting accepted SOPs, each `<id>=<numeral>`; all of them or none. */
export async function decreeAction(words: string[], values: ServerValues, io: CliIO) {
  const number = requiredOption(values.number, '--number', 'nomor keputusan');
  const date = decreeDate(values.date);
  if (words.length === 0) {
    throw new CliUsageError(
      'Sebutkan SOP yang ditetapkan sebagai <id>=<angka lampiran>, mis. …=I.',
    );
  }
  const entries = words.map(decreeEntry);
  await withServer(serverTarget(values), (client) =>
    recordDecree(client, { number, date, title: values.title ?? '', entries }),
  );
  io.out(`Keputusan ${visible(number)} tanggal ${date} dicatat: ${entries.length} SOP ditetapkan.`);
  for (const entry of entries) io.out(`${entry.sopId}\tLAMPIRAN ${visible(entry.numeral)}`);
  return EXIT_OK;
}

function decreeDate(value: string | undefined): string {
  const date = requiredOption(value, '--date', 'tanggal keputusan');
  if (!calendarDateFromIso(date)) {
    throw new CliUsageError(
      `Tanggal "${visible(date)}" tidak sah: tulis TTTT-BB-HH, mis. 2025-03-17.`,
    );
  }
  return date;
}

function decreeEntry(word: string): DecreeEntry {
  const at = word.indexOf('=');
  const sopId = word.slice(0, at).trim();
  const numeral = word.slice(at + 1).trim();
  if (at < 0 || !sopId || !numeral) {
    throw new CliUsageError(`"${visible(word)}" bukan <id>=<angka lampiran>, mis. …=II.`);
  }
  return { sopId, numeral };
}
