// `sop library list|search|add|import|export|approve|revisions|publish|pull`: the SOP library (Pustaka SOP) for scripting,
// on the same data folder as the app (`--data-dir`, else SOP_DATA_DIR, else the app's folder).

import path from 'node:path';
import type { SopSummary } from '../../../shared/model/library';
import { SOP_SORT_KEYS, SOP_STATUS_FILTERS, statusFilterOf } from '../../../shared/model/library';
import type { SopDocument } from '../../../shared/model';
import { resolveDataDir } from '../../services/library/data-dir';
import type { Library } from '../../services/library/library';
import { openLibrary } from '../../services/library/library';
import { readSopFile } from '../../services/library/transfer';
import { parseCommandArgs } from '../args';
import { CliUsageError, EXIT_INPUT, EXIT_OK } from '../command';
import type { CliIO, CliRun } from '../command';
import { batchSummary, reportFailure } from '../failure';
import { terminalJson, visible } from '../terminal';
import {
  exportBureauWorkbook,
  importPlanned,
  importSummary,
  readIncoming,
} from './library-exchange';
import { publishSops, pullSops } from './library-server';

const PAGE = 1_000;

const options = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  sort: { type: 'string' },
  unit: { type: 'string' },
  status: { type: 'string' },
  output: { type: 'string', short: 'o' },
  dir: { type: 'string', short: 'd' },
  revision: { type: 'string' },
  note: { type: 'string' },
  new: { type: 'boolean' },
  server: { type: 'string' },
  all: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof options>>['values'];
type Action = (
  library: Library,
  words: string[],
  values: Values,
  io: CliIO,
) => number | Promise<number>;

const ACTIONS: Record<string, Action> = {
  list: (library, words, values, io) => {
    if (words.length > 0) throw new CliUsageError('"list" tidak menerima argumen lain.');
    const sort = oneOf(values.sort, SOP_SORT_KEYS, '--sort');
    const status = oneOf(values.status, SOP_STATUS_FILTERS, '--status');
    const items: SopSummary[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = library.list({ sort, status, unit: values.unit, offset, limit: PAGE });
      items.push(...page.items);
      if (items.length >= page.total || page.items.length === 0) break;
    }
    printSummaries(items, values.json === true, io);
    return EXIT_OK;
  },
  search: (library, words, values, io) => {
    if (words.length === 0) throw new CliUsageError('Sebutkan kata yang dicari.');
    const hits = library.search(words.join(' '));
    printSummaries(
      hits.map((hit) => hit.summary),
      values.json === true,
      io,
    );
    return EXIT_OK;
  },
  export: (library, words, values, io) => {
    const revision = revisionNumber(values.revision);
    if (values.output !== undefined && /\.xlsx$/i.test(values.output)) {
      // One bureau workbook of all the SOPs, carrying their library ids.
      if (words.length === 0) throw new CliUsageError('Sebutkan satu atau lebih id SOP.');
      const file = path.resolve(io.cwd, values.output);
      return exportBureauWorkbook(library, words, file, revision, io);
    }
    if (values.dir === undefined && words.length > 1) {
      throw new CliUsageError(
        'Beberapa SOP ke .sop.json memerlukan -d <folder> (satu berkas per SOP), atau -o <biro.xlsx> untuk satu buku kerja.',
      );
    }
    if (values.dir !== undefined) {
      // Many SOPs at once: one <id>.sop.json each in the folder.
      if (words.length === 0) throw new CliUsageError('Sebutkan satu atau lebih id SOP.');
      const dir = path.resolve(io.cwd, values.dir);
      for (const id of words) library.exportFile(id, path.join(dir, `${id}.sop.json`), revision);
      io.out(`${words.length} SOP ditulis ke ${dir}`);
      return EXIT_OK;
    }
    const id = oneId(words);
    if (values.output === undefined || values.output === '-') {
      io.out(terminalJson(library.exportText(id, revision).replace(/\n$/, '')));
      return EXIT_OK;
    }
    const file = path.resolve(io.cwd, values.output);
    library.exportFile(id, file, revision);
    io.out(`Ditulis: ${file}`);
    return EXIT_OK;
  },
  approve: (library, words, values, io) => {
    if (words.length === 0) throw new CliUsageError('Sebutkan satu atau lebih id SOP.');
    let failed = 0;
    for (const id of words) {
      try {
        const info = library.approve(id, values.note ?? '');
        io.out(`${id}\tdisahkan\trev. ${info.number}`);
      } catch (error) {
        reportFailure(io, error, `${visible(id)}: `);
        failed += 1;
      }
    }
    if (failed === 0) return EXIT_OK;
    io.err(batchSummary(words.length, failed));
    return EXIT_INPUT;
  },
  revisions: (library, words, values, io) => {
    const revisions = library.revisions(oneId(words));
    if (values.json) {
      io.out(terminalJson(JSON.stringify(revisions, null, 2)));
      return EXIT_OK;
    }
    for (const r of revisions) {
      const approved = r.approvedAt ? 'disahkan' : '-';
      io.out(`${r.number}\t${r.createdAt}\t${visible(r.author)}\t${approved}\t${visible(r.note)}`);
    }
    return EXIT_OK;
  },
  publish: (library, words, values, io) => publishSops(library, words, values, io),
  pull: (library, words, values, io) => pullSops(library, words, values, io),
};

export const run: CliRun = async (args, io) => {
  const { positionals, values } = parseCommandArgs(args, options);
  const [action, ...words] = positionals;
  const dataDir = resolveDataDir({ dataDir: values['data-dir'], env: io.env });
  if (action === 'add') return addFiles(dataDir, words, io);
  if (action === 'import') return importFiles(dataDir, words, values.new === true, io);
  const perform = action === undefined ? undefined : ACTIONS[action];
  if (!perform) {
    throw new CliUsageError(
      action === undefined
        ? 'Sebutkan tindakan: list, search, add, import, export, approve, revisions, publish atau pull.'
        : `Tindakan "${visible(action)}" tidak dikenal.`,
    );
  }
  const library = openForCli(dataDir, io);
  try {
    return await perform(library, words, values, io);
  } finally {
    library.close();
  }
};

/** Opens the library; a daily copy that could not be made is a warning, not a failure. */
function openForCli(dataDir: string, io: CliIO): Library {
  const library = openLibrary(dataDir);
  if (library.backupProblem) {
    io.err(`Peringatan: cadangan harian tidak dibuat. ${library.backupProblem.message}`);
  }
  return library;
}

/**
 * `add`: every file is read and validated before the library is opened, so files that are all
 * refused leave no library, backup or folder behind. A failing file is reported and the rest
 * are still added; with any failure the run ends with the count and exit 1.
 */
function addFiles(dataDir: string, words: string[], io: CliIO): number {
  if (words.length === 0) throw new CliUsageError('Sebutkan satu atau lebih berkas .sop.json.');
  const readable: { word: string; doc: SopDocument }[] = [];
  for (const word of words) {
    try {
      readable.push({ word, doc: readSopFile(path.resolve(io.cwd, word)) });
    } catch (error) {
      reportFailure(io, error, `${visible(word)}: `);
    }
  }
  let added = 0;
  if (readable.length > 0) {
    const library = openForCli(dataDir, io);
    try {
      for (const { word, doc } of readable) {
        try {
          const { summary } = library.importDocument(doc, path.basename(word));
          io.out(`${summary.id}\t${visible(summary.name) || '(tanpa nama)'}`);
          added++;
        } catch (error) {
          reportFailure(io, error, `${visible(word)}: `);
        }
      }
    } finally {
      library.close();
    }
  }
  if (added === words.length) return EXIT_OK;
  io.err(batchSummary(words.length, words.length - added));
  return EXIT_INPUT;
}

/**
 * `import`: the files are read first (a library is opened only when some SOP was read); matched
 * SOPs get a new draft, unchanged ones nothing, the rest are added (`--new`: all are added).
 */
async function importFiles(
  dataDir: string,
  words: string[],
  asNew: boolean,
  io: CliIO,
): Promise<number> {
  if (words.length === 0)
    throw new CliUsageError('Sebutkan satu atau lebih berkas .xlsx atau .sop.json.');
  const { incoming, failed: unread } = await readIncoming(words, io);
  if (incoming.length === 0) return importSummary({}, unread, io);
  const library = openForCli(dataDir, io);
  try {
    const { failed, counts } = importPlanned(library, incoming, asNew, io);
    return importSummary(counts, unread + failed, io);
  } finally {
    library.close();
  }
}

/**
 * `--json`: one array of {id, name, number, unit, status, approvedRevision, unapprovedChanges,
 * updatedAt}; otherwise one line each, its status as the `--status` word that finds it (draft,
 * approved, or changed: approved with changes not yet approved).
 */
function printSummaries(items: SopSummary[], json: boolean, io: CliIO): void {
  if (json) {
    const rows = items.map((s) => ({
      id: s.id,
      name: s.name,
      number: s.number,
      unit: s.unit,
      status: s.status,
      approvedRevision: s.approvedRevision,
      unapprovedChanges: s.unapprovedChanges,
      updatedAt: s.updatedAt,
    }));
    io.out(terminalJson(JSON.stringify(rows, null, 2)));
    return;
  }
  for (const s of items) {
    const number = visible(s.number) || '-';
    const status = statusFilterOf(s);
    io.out([s.id, status, s.updatedAt, number, visible(s.name) || '(tanpa nama)'].join('\t'));
  }
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliUsageError(
    `Nilai ${flag} "${visible(value)}" tidak dikenal: pilih ${allowed.join(', ')}.`,
  );
}

function oneId(words: string[]): string {
  if (words.length !== 1)
    throw new CliUsageError('Sebutkan tepat satu id SOP (lihat "sop library list").');
  return words[0] as string;
}

function revisionNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new CliUsageError(`Nomor revisi "${value}" tidak sah: gunakan bilangan bulat mulai 1.`);
  }
  return number;
}
