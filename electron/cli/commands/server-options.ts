// The words `sop server` takes: its options, the server a subcommand talks to (a URL, else the
// standard PG* variables), and the status words in Bahasa Indonesia or English.

import type { ServerStatus } from '../../services/server/register';
import type { ServerTarget } from '../../services/server/connection';
import type { parseCommandArgs } from '../args';
import { CliUsageError } from '../command';
import { visible } from '../terminal';

export const SERVER_OPTIONS = {
  'admin-url': { type: 'string' },
  server: { type: 'string' },
  unit: { type: 'string' },
  bureau: { type: 'boolean' },
  json: { type: 'boolean' },
  status: { type: 'string' },
  search: { type: 'string' },
  note: { type: 'string' },
  number: { type: 'string' },
  date: { type: 'string' },
  title: { type: 'string' },
  decree: { type: 'string' },
  output: { type: 'string', short: 'o' },
  paper: { type: 'string' },
  cover: { type: 'boolean' },
  place: { type: 'string' },
  issuer: { type: 'string' },
  'no-source': { type: 'boolean' },
} as const;

export type ServerValues = ReturnType<typeof parseCommandArgs<typeof SERVER_OPTIONS>>['values'];

/** The status as the bureau and the units say it; the first word of each is the one printed. */
export const STATUS_WORDS: Record<ServerStatus, readonly string[]> = {
  submitted: ['dikirim', 'submitted'],
  returned: ['dikembalikan', 'returned'],
  accepted: ['diterima', 'accepted'],
  set: ['ditetapkan', 'set'],
};

export function statusWord(status: ServerStatus): string {
  return STATUS_WORDS[status][0] ?? status;
}

/** A status given on the command line, among `allowed`; a word outside them is a usage error. */
export function statusOption<S extends ServerStatus>(
  value: string | undefined,
  allowed: readonly S[],
): S | undefined {
  if (value === undefined) return undefined;
  const word = value.trim().toLowerCase();
  const found = allowed.find((status) => STATUS_WORDS[status].includes(word));
  if (found) return found;
  const words = allowed.flatMap((status) => STATUS_WORDS[status]).join(', ');
  throw new CliUsageError(`Nilai --status "${visible(value)}" tidak dikenal: pilih ${words}.`);
}

/** The login's server: `--server`, else the PG* variables (node-postgres reads them). */
export function serverTarget(values: ServerValues): ServerTarget {
  return values.server ? { url: values.server } : {};
}

/** The administrator's connection for setup and add-unit: `--admin-url`, else PG*. */
export function adminTarget(values: ServerValues): ServerTarget {
  return values['admin-url'] ? { url: values['admin-url'] } : {};
}

export function requiredOption(value: string | undefined, flag: string, what: string): string {
  const text = value?.trim();
  if (!text) throw new CliUsageError(`Sebutkan ${what} dengan ${flag}.`);
  return text;
}
