// `sop import <file.xlsx|file.pdf…> -o <dir>`: every SOP found in Excel workbooks and PDFs (chosen
// by content, import-file.ts) to its own .sop.json, with the import report printed (what was
// recognised, every guess and problem by sheet and cell or by page and position).
// A workbook that fails is reported and the others are still imported; the run then exits 1.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SopError } from '../../../shared/errors';
import { numberedSopFileName, serializeSop } from '../../../shared/model';
import { describeWarning } from '../../../shared/import';
import { folderNotCreatedError, systemFailure } from '../../db/system-errors';
import { parseCommandArgs } from '../args';
import { CliUsageError, EXIT_INPUT, EXIT_OK } from '../command';
import type { CliIO, CliRun } from '../command';
import { batchSummary, reportFailure } from '../failure';
import { importFile } from '../import-file';
import { reportLines } from '../import-report';
import { visible } from '../terminal';

export const run: CliRun = async (args, io) => {
  const { positionals, values } = parseCommandArgs(args, {
    output: { type: 'string', short: 'o' },
  });
  if (positionals.length === 0)
    throw new CliUsageError('Sebutkan satu atau lebih berkas .xlsx atau .pdf.');
  if (!values.output) throw new CliUsageError('Sebutkan folder keluaran dengan -o <folder>.');
  const dir = path.resolve(io.cwd, values.output);
  let written = 0;
  let failed = 0;
  for (const name of positionals) {
    try {
      written += await importOne(path.resolve(io.cwd, name), dir, written, io);
    } catch (error) {
      failed++;
      reportFailure(io, error, `${visible(name)}: `);
    }
  }
  if (failed === 0) return EXIT_OK;
  io.err(batchSummary(positionals.length, failed));
  return EXIT_INPUT;
};

/** Imports one workbook into `dir`, numbering its files after the `before` already written. */
async function importOne(input: string, dir: string, before: number, io: CliIO): Promise<number> {
  const { sops, notes } = await importFile(input);
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw folderNotCreatedError(`Folder "${dir}"`, dir, error);
  });
  for (const [index, sop] of sops.entries()) {
    const file = path.join(dir, numberedSopFileName(before + index, sop.document.identity.name));
    await writeFile(file, serializeSop(sop.document), 'utf8').catch((error: unknown) => {
      throw (
        systemFailure(error, `Berkas "${file}"`) ??
        new SopError(
          'io',
          `Berkas "${file}" tidak dapat ditulis. Periksa izin foldernya.`,
          String(error),
        )
      );
    });
    for (const line of reportLines(sop.report)) io.out(line);
    io.out(`  → ${file}`);
  }
  for (const note of notes) io.out(`  · ${visible(describeWarning(note))}`);
  io.out(`${sops.length} SOP diimpor dari ${visible(path.basename(input))}.`);
  return sops.length;
}
