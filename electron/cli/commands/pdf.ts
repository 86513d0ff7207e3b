// `sop pdf <input.sop.json> -o out.pdf [--paper A4|F4|Legal]`: one SOP to a print-ready PDF.

import { renderSopPdf } from '../../services/pdf';
import { parseCommandArgs } from '../args';
import { CliUsageError, EXIT_OK } from '../command';
import type { CliRun } from '../command';
import type { Paper } from '../../../shared/model';
import { readSop, writePdf } from '../../services/pdf/files';

export const run: CliRun = async (args, io) => {
  const { positionals, values } = parseCommandArgs(args, {
    output: { type: 'string', short: 'o' },
    paper: { type: 'string' },
  });
  if (positionals.length !== 1) throw new CliUsageError('Sebutkan tepat satu berkas .sop.json.');
  const output = outputOption(values.output);
  const paper = paperOption(values.paper);
  const doc = await readSop(io.cwd, positionals[0] as string);
  const bytes = await renderSopPdf(doc, paper ? { paper } : {});
  const file = await writePdf(io.cwd, output, bytes);
  io.out(`PDF ditulis: ${file}`);
  return EXIT_OK;
};

export function paperOption(value: string | undefined): Paper | undefined {
  if (value === undefined) return undefined;
  if (value === 'A4' || value === 'F4' || value === 'Legal') return value;
  throw new CliUsageError(`Ukuran kertas "${value}" tidak dikenal: pilih A4, F4 atau Legal.`);
}

export function outputOption(value: string | undefined): string {
  if (!value) throw new CliUsageError('Sebutkan berkas PDF keluaran dengan -o <berkas.pdf>.');
  return value;
}
