// `sop pdf <input.sop.json|input.xlsx> -o out.pdf [--paper A4|F4|Legal] [--draf]`: one SOP to a
// print-ready PDF. A workbook is imported first; several SOPs in it print one after another.
// `--draf` prints the DRAF mark on every page (a file knows nothing of approval: "belum disahkan").
// The SOP's .sop.json is attached so the PDF imports back exactly; `--no-source` leaves it out.

import path from 'node:path';
import { isPaper, PAPERS, type Paper, type SopDocument } from '../../../shared/model';
import { renderBookPdf, renderSopPdf } from '../../services/pdf';
import { importWorkbook } from '../../services/xlsx-import/import';
import { parseCommandArgs } from '../args';
import { CliUsageError, EXIT_OK } from '../command';
import type { CliRun } from '../command';
import { readSop, readWorkbookFile, writePdf } from '../files';
import { reportLines } from '../import-report';

export const run: CliRun = async (args, io) => {
  const { positionals, values } = parseCommandArgs(args, {
    output: { type: 'string', short: 'o' },
    paper: { type: 'string' },
    draf: { type: 'boolean' },
    'no-source': { type: 'boolean' },
  });
  if (positionals.length !== 1) {
    throw new CliUsageError('Sebutkan tepat satu berkas .sop.json atau .xlsx.');
  }
  const output = outputOption(values.output);
  const paper = paperOption(values.paper);
  const input = positionals[0] as string;
  const docs = /\.xlsx$/i.test(input)
    ? await importForPrint(path.resolve(io.cwd, input), io.err)
    : [await readSop(io.cwd, input)];
  const draftMark = values.draf ? { basedOn: null } : null;
  const settings = paper ? { paper } : {};
  const source = { source: !values['no-source'] };
  const bytes =
    docs.length === 1 && docs[0]
      ? await renderSopPdf(docs[0], { ...settings, draftMark }, source)
      : await renderBookPdf(
          docs,
          { ...settings, draftMarks: docs.map(() => draftMark) },
          undefined,
          source,
        );
  const file = await writePdf(io.cwd, output, bytes);
  io.out(`PDF ditulis: ${file}`);
  return EXIT_OK;
};

/** The SOPs of a workbook, with the import report on stderr so the PDF's reader knows the guesses. */
async function importForPrint(
  file: string,
  report: (line: string) => void,
): Promise<SopDocument[]> {
  const { sops } = await importWorkbook(await readWorkbookFile(file));
  for (const sop of sops) for (const line of reportLines(sop.report)) report(line);
  return sops.map((sop) => sop.document);
}

export function paperOption(value: string | undefined): Paper | undefined {
  if (value === undefined) return undefined;
  if (isPaper(value)) return value;
  throw new CliUsageError(
    `Ukuran kertas "${value}" tidak dikenal: pilih ${PAPERS.join(', ').replace(/, ([^,]*)$/, ' atau $1')}.`,
  );
}

export function outputOption(value: string | undefined): string {
  if (!value) throw new CliUsageError('Sebutkan berkas PDF keluaran dengan -o <berkas.pdf>.');
  return value;
}
