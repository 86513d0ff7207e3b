// `sop book <inputs…> -o book.pdf [--cover]`: many SOPs bound as one Dokumen SOP AP, in the order
// given. A file that cannot be read is reported and left out; the book is still made from the
// others, and the run exits 1 with the count of what failed. Each SOP's .sop.json is attached
// (one attachment per SOP) unless `--no-source`.

import { renderBookPdf } from '../../services/pdf';
import { parseCommandArgs } from '../args';
import type { SopDocument } from '../../../shared/model';
import { CliUsageError, EXIT_INPUT, EXIT_OK } from '../command';
import type { CliIO, CliRun } from '../command';
import { batchSummary, reportFailure } from '../failure';
import { readSop, writePdf } from '../files';
import { outputOption, paperOption } from './pdf';

export const run: CliRun = async (args, io) => {
  const { positionals, values } = parseCommandArgs(args, {
    output: { type: 'string', short: 'o' },
    paper: { type: 'string' },
    cover: { type: 'boolean' },
    title: { type: 'string' },
    year: { type: 'string' },
    decree: { type: 'string' },
    place: { type: 'string' },
    date: { type: 'string' },
    'no-source': { type: 'boolean' },
  });
  if (positionals.length === 0)
    throw new CliUsageError('Sebutkan satu atau lebih berkas .sop.json.');
  const output = outputOption(values.output);
  const paper = paperOption(values.paper);
  const docs = await readAll(positionals, io);
  const failed = positionals.length - docs.length;
  if (docs.length === 0) {
    io.err(batchSummary(positionals.length, failed));
    return EXIT_INPUT;
  }
  const bytes = await renderBookPdf(
    docs,
    {
      cover: values.cover ?? false,
      ...(paper ? { paper } : {}),
      ...(values.title ? { title: values.title } : {}),
      ...(values.year ? { year: values.year } : {}),
      ...(values.decree ? { decree: values.decree } : {}),
      ...(values.place ? { place: values.place } : {}),
      ...(values.date ? { date: values.date } : {}),
    },
    undefined,
    { source: !values['no-source'] },
  );
  const file = await writePdf(io.cwd, output, bytes);
  io.out(`Buku SOP ditulis: ${file} (${docs.length} SOP)`);
  if (failed === 0) return EXIT_OK;
  io.err(batchSummary(positionals.length, failed));
  return EXIT_INPUT;
};

/** The documents that could be read, in order; each one that could not is reported. */
async function readAll(names: string[], io: CliIO): Promise<SopDocument[]> {
  const docs: SopDocument[] = [];
  for (const name of names) {
    try {
      docs.push(await readSop(io.cwd, name));
    } catch (error) {
      reportFailure(io, error);
    }
  }
  return docs;
}
