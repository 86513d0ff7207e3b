// `sop import <file.xlsx> -o <dir>`: every SOP found in an Excel workbook to its own .sop.json,
// with the import report printed (what was recognised, every guess and problem by sheet and cell).

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SopError } from '../../../shared/errors';
import { serializeSop } from '../../../shared/model';
import { describeWarning } from '../../../shared/import';
import { importWorkbook } from '../../services/xlsx-import/import';
import { parseCommandArgs } from '../args';
import { CliUsageError, EXIT_OK } from '../command';
import type { CliRun } from '../command';
import { readWorkbookFile } from '../files';
import { reportLines } from '../import-report';

export const run: CliRun = async (args, io) => {
  const { positionals, values } = parseCommandArgs(args, {
    output: { type: 'string', short: 'o' },
  });
  if (positionals.length !== 1) throw new CliUsageError('Sebutkan tepat satu berkas .xlsx.');
  if (!values.output) throw new CliUsageError('Sebutkan folder keluaran dengan -o <folder>.');
  const input = path.resolve(io.cwd, positionals[0] as string);
  const dir = path.resolve(io.cwd, values.output);
  const { sops, notes } = await importWorkbook(await readWorkbookFile(input));
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw new SopError(
      'io',
      `Folder "${dir}" tidak dapat dibuat. Periksa lokasi dan izinnya.`,
      String(error),
    );
  });
  for (const [index, sop] of sops.entries()) {
    const file = path.join(dir, sopFileName(index, sop.document.identity.name));
    await writeFile(file, serializeSop(sop.document), 'utf8').catch((error: unknown) => {
      throw new SopError(
        'io',
        `Berkas "${file}" tidak dapat ditulis. Periksa izin foldernya.`,
        String(error),
      );
    });
    for (const line of reportLines(sop.report)) io.out(line);
    io.out(`  → ${file}`);
  }
  for (const note of notes) io.out(`  · ${describeWarning(note)}`);
  io.out(`${sops.length} SOP diimpor dari ${path.basename(input)}.`);
  return EXIT_OK;
};

/** `01-verifikasi-berita-pencarian-dan-pertolongan.sop.json`: position, then the name as a slug. */
function sopFileName(index: number, name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${String(index + 1).padStart(2, '0')}-${slug || 'sop'}.sop.json`;
}
