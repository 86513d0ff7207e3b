// `sop library import` and `sop library export … -o biro.xlsx`: the exchange with the bureau.
// Import matches each SOP of the files to the library (carried id, else Nomor SOP and unit, else
// name and unit as a guess) and prints per SOP diperbarui, ditambahkan, tidak berubah or gagal
// with the reason; export writes one bureau workbook whose sheets carry the SOPs' library ids.

import path from 'node:path';
import { SopError } from '../../../shared/errors';
import type { SopMatch } from '../../../shared/import';
import type { ExchangeOutcome, ExchangePlan, IncomingSop } from '../../services/library/exchange';
import type { Library } from '../../services/library/library';
import { readSopFile } from '../../services/library/transfer';
import { EXIT_INPUT, EXIT_OK } from '../command';
import type { CliIO } from '../command';
import { asSopError, DEBUG_ENV } from '../failure';
import { importFile, isImportFileName } from '../import-file';
import { visible } from '../terminal';
import { writeWorkbookFile } from './xlsx';

/** Every SOP in the given files; a file that cannot be read is reported as gagal. */
export async function readIncoming(
  words: readonly string[],
  io: CliIO,
): Promise<{ incoming: IncomingSop[]; failed: number }> {
  const incoming: IncomingSop[] = [];
  let failed = 0;
  for (const word of words) {
    const file = path.resolve(io.cwd, word);
    const source = path.basename(file);
    try {
      if (isImportFileName(file)) {
        const { sops } = await importFile(file);
        incoming.push(...sops.map((sop) => ({ ...sop, source })));
      } else if (/\.sop\.json$/i.test(file) || /\.json$/i.test(file)) {
        incoming.push({ document: readSopFile(file), source });
      } else {
        throw new SopError(
          'unsupported-file',
          'Bukan berkas .xlsx, .pdf atau .sop.json; pilih buku kerja Excel, PDF SOP atau berkas SOP.',
        );
      }
    } catch (error) {
      printFailed(io, word, error);
      failed += 1;
    }
  }
  return { incoming, failed };
}

/** Applies the plan SOP by SOP; one that fails is reported and the others still go in. */
export function importPlanned(
  library: Library,
  incoming: readonly IncomingSop[],
  asNew: boolean,
  io: CliIO,
): { failed: number; counts: Record<string, number> } {
  const counts: Record<string, number> = { diperbarui: 0, ditambahkan: 0, 'tidak berubah': 0 };
  let failed = 0;
  for (const plan of library.planExchange(incoming, asNew)) {
    const name = visible(plan.incoming.document.identity.name) || '(tanpa nama)';
    try {
      if (plan.match.kind === 'ambiguous') throw ambiguous(plan.match);
      if (plan.match.kind === 'claimed') throw claimed(plan.match);
      const outcome = library.applyExchange(plan);
      const word = OUTCOME_WORDS[outcome.kind];
      counts[word] = (counts[word] ?? 0) + 1;
      io.out([word, idOf(outcome), name, how(plan)].filter(Boolean).join('\t'));
    } catch (error) {
      const label = plan.incoming.document.identity.name || '(tanpa nama)';
      printFailed(io, `${label} (${plan.incoming.source})`, error);
      failed += 1;
    }
  }
  return { failed, counts };
}

/** The closing line, and exit 1 when anything failed. */
export function importSummary(counts: Record<string, number>, failed: number, io: CliIO): number {
  const parts = Object.entries(counts).map(([word, count]) => `${count} ${word}`);
  io.out([...parts, `${failed} gagal`].join(', '));
  return failed === 0 ? EXIT_OK : EXIT_INPUT;
}

/** One bureau workbook of the given SOPs (the drafts, or revision `revision`). */
export async function exportBureauWorkbook(
  library: Library,
  ids: readonly string[],
  file: string,
  revision: number | undefined,
  io: CliIO,
): Promise<number> {
  return writeWorkbookFile(file, library.workbookEntries(ids, revision), io);
}

const OUTCOME_WORDS: Record<ExchangeOutcome['kind'], string> = {
  updated: 'diperbarui',
  added: 'ditambahkan',
  unchanged: 'tidak berubah',
  skipped: 'dilewati',
};

function idOf(outcome: ExchangeOutcome): string {
  return outcome.kind === 'skipped' ? '-' : outcome.id;
}

/** How the SOP was matched, for an update or an unchanged SOP. */
function how(plan: ExchangePlan): string {
  if (plan.match.kind !== 'matched') return '';
  return {
    id: 'menurut id pustaka',
    number: 'menurut Nomor SOP dan unit',
    name: 'menurut nama dan unit (tebakan; periksa)',
  }[plan.match.rule];
}

function ambiguous(match: Extract<SopMatch, { kind: 'ambiguous' }>): SopError {
  const rule = match.rule === 'number' ? 'Nomor SOP dan unit' : 'nama dan unit';
  return new SopError(
    'invalid-argument',
    `Cocok dengan ${match.ids.length} SOP di pustaka menurut ${rule} (${match.ids.join(', ')}); tidak ada yang diubah. Impor dengan --new untuk menambahkannya sebagai SOP baru.`,
  );
}

function claimed(match: Extract<SopMatch, { kind: 'claimed' }>): SopError {
  return new SopError(
    'invalid-argument',
    `Cocok dengan SOP ${match.id} di pustaka, yang sudah diperbarui oleh SOP ke-${match.by} dalam impor ini; tidak ada yang diubah. Impor dengan --new untuk menambahkannya sebagai SOP baru.`,
  );
}

function printFailed(io: CliIO, label: string, error: unknown): void {
  const failure = asSopError(error);
  io.out(`gagal\t${visible(label)}\t${failure.message}`);
  if (io.env[DEBUG_ENV] === '1' && failure.detail) io.err(`[debug] ${failure.detail}`);
}
