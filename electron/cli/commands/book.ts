// `sop book <inputs…> -o book.pdf [--cover]`: many SOPs bound as one Dokumen SOP AP, in the order given.

import { renderBookPdf } from '../../services/pdf';
import { parseCommandArgs } from '../args';
import { CliUsageError, EXIT_OK } from '../command';
import type { CliRun } from '../command';
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
  });
  if (positionals.length === 0)
    throw new CliUsageError('Sebutkan satu atau lebih berkas .sop.json.');
  const output = outputOption(values.output);
  const paper = paperOption(values.paper);
  const docs = [];
  for (const name of positionals) docs.push(await readSop(io.cwd, name));
  const bytes = await renderBookPdf(docs, {
    cover: values.cover ?? false,
    ...(paper ? { paper } : {}),
    ...(values.title ? { title: values.title } : {}),
    ...(values.year ? { year: values.year } : {}),
    ...(values.decree ? { decree: values.decree } : {}),
    ...(values.place ? { place: values.place } : {}),
    ...(values.date ? { date: values.date } : {}),
  });
  const file = await writePdf(io.cwd, output, bytes);
  io.out(`Buku SOP ditulis: ${file} (${docs.length} SOP)`);
  return EXIT_OK;
};
