// `sop xlsx <inputs.sop.json…> -o out.xlsx`: SOPs to one Excel workbook with drawn symbols; with
// several inputs, a bureau workbook led by the Daftar SOP register.

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SopError } from '../../../shared/errors';
import { systemFailure } from '../../db/system-errors';
import { exportWorkbook } from '../../services/xlsx-export/export';
import type { ExportEntry } from '../../services/xlsx-export/export';
import { parseCommandArgs } from '../args';
import { CliUsageError, EXIT_OK } from '../command';
import type { CliIO, CliRun } from '../command';
import { readSop } from '../files';

export const run: CliRun = async (args, io) => {
  const { positionals, values } = parseCommandArgs(args, {
    output: { type: 'string', short: 'o' },
    status: { type: 'string' },
    revision: { type: 'string' },
  });
  if (positionals.length === 0)
    throw new CliUsageError('Sebutkan satu atau lebih berkas .sop.json.');
  if (!values.output) throw new CliUsageError('Sebutkan berkas keluaran dengan -o <berkas.xlsx>.');
  if (!values.output.toLowerCase().endsWith('.xlsx'))
    throw new CliUsageError('Berkas keluaran harus berakhiran .xlsx.');
  const entries = [];
  for (const name of positionals) {
    entries.push({
      document: await readSop(io.cwd, name),
      ...(values.status ? { status: values.status } : {}),
      ...(values.revision ? { revision: values.revision } : {}),
    });
  }
  return writeWorkbookFile(path.resolve(io.cwd, values.output), entries, io);
};

/** Writes the workbook of `entries` to `file` and says so; a write that fails is a message. */
export async function writeWorkbookFile(
  file: string,
  entries: ExportEntry[],
  io: CliIO,
): Promise<number> {
  const bytes = await exportWorkbook(entries);
  await writeFile(file, bytes).catch((error: unknown) => {
    throw (
      systemFailure(error, `Berkas Excel "${file}"`) ??
      new SopError(
        'io',
        `Berkas Excel tidak dapat ditulis ke "${file}". Periksa folder dan izin menulisnya; tutup berkasnya bila sedang dibuka di Excel.`,
        String(error),
      )
    );
  });
  io.out(`Buku kerja Excel ditulis: ${file} (${entries.length} SOP)`);
  return EXIT_OK;
}
