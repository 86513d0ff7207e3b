// What the register's buttons do besides reading it: a published SOP as the start of a new local
// one, and the SOP book of a decree saved like the library's book export.

import type { RegisterRow } from '../../../../shared/model/server';
import { closeCurrent, showInEditor } from '../../app/session';
import { pdfSourceIncluded } from '../../app/pdf-source';
import { saveMadeFile } from '../../document/commands';
import { fill, stringsNow } from '../../i18n';
import { call } from '../../platform/api';
import { reporting } from '../../ui/notices';
import { withProgress } from '../../ui/progress';
import { registerStrings } from './strings';

/** Jadikan templat: a new SOP in the library from the published revision, opened to edit. */
export function takeAsTemplate(row: RegisterRow): Promise<boolean> {
  return reporting(async () => {
    const record = await call('server:useAsTemplate', row.id);
    await closeCurrent();
    showInEditor(record);
    return fill(stringsNow(registerStrings).templateMade, { name: record.summary.name });
  });
}

/** Buku keputusan: the SOPs a decree sets, in its order, as one PDF book. */
export function saveDecreeBook(row: RegisterRow): Promise<boolean> {
  const decreeNumber = row.decreeNumber;
  return reporting(async () => {
    const t = stringsNow(registerStrings);
    // The heading, date and LAMPIRAN numerals come from the decree on the server.
    const options = { source: pdfSourceIncluded() };
    const bytes = await withProgress(fill(t.makingBook, { number: decreeNumber }), (id) =>
      call('server:decreeBook', decreeNumber, options, id),
    );
    const file = await saveMadeFile(
      fill(t.bookTitle, { number: decreeNumber }),
      'pdf',
      bytes as Uint8Array<ArrayBuffer>,
      'application/pdf',
    );
    return file && fill(t.bookSaved, { file });
  });
}
