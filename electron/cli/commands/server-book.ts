// `sop server book --decree <number> -o buku.pdf`: the bureau compiles the SOP book of a decree
// from the register: the revisions the decree set, in its order, each under the LAMPIRAN numeral
// the decree records, headed with the decree's number and subject and dated with its date, by the
// same renderer as `sop book`; `--issuer` puts the issuing government atop the cover.

import { withServer } from '../../services/server/connection';
import { decreeBook } from '../../services/server/decrees';
import { renderBookPdf } from '../../services/pdf';
import { CliUsageError, EXIT_OK } from '../command';
import type { CliIO } from '../command';
import { writePdf } from '../files';
import { visible } from '../terminal';
import { outputOption, paperOption } from './pdf';
import { requiredOption, serverTarget, type ServerValues } from './server-options';

export async function bookAction(words: string[], values: ServerValues, io: CliIO) {
  if (words.length > 0) throw new CliUsageError('"book" tidak menerima argumen lain.');
  const number = requiredOption(values.decree, '--decree', 'nomor keputusan');
  const output = outputOption(values.output);
  const paper = paperOption(values.paper);
  const book = await withServer(serverTarget(values), (client) => decreeBook(client, number));
  const bytes = await renderBookPdf(
    book.docs,
    {
      cover: values.cover ?? false,
      ...(paper ? { paper } : {}),
      ...book.settings,
      ...(values.issuer ? { issuer: values.issuer } : {}),
      ...(values.place ? { place: values.place } : {}),
    },
    undefined,
    { source: !values['no-source'] },
  );
  const file = await writePdf(io.cwd, output, bytes);
  io.out(`Buku SOP keputusan ${visible(number)} ditulis: ${file} (${book.docs.length} SOP)`);
  return EXIT_OK;
}
