// `sop server setup` and `add-unit`: the work of the office's IT staff on the organisation server
// (docs/server.md, "Setting up"), with the administrator's connection.

import { serverWhere } from '../../services/server/connection';
import { setupServer } from '../../services/server/setup';
import { addUnit } from '../../services/server/units';
import { CliUsageError, EXIT_OK } from '../command';
import type { CliIO } from '../command';
import { visible } from '../terminal';
import { adminTarget, requiredOption, type ServerValues } from './server-options';

/** Creates or brings up to date the schema, roles and policies; a second run changes nothing. */
export async function setupAction(words: string[], values: ServerValues, io: CliIO) {
  if (words.length > 0) throw new CliUsageError('"setup" tidak menerima argumen lain.');
  const target = adminTarget(values);
  const result = await setupServer(target);
  const where = serverWhere(target);
  io.out(`Server organisasi: ${where} (basis data ${visible(result.database)})`);
  if (result.applied.length === 0) {
    io.out(`Skema sudah terbaru (versi ${result.version}); tidak ada yang diubah.`);
  } else {
    for (const step of result.applied) io.out(`Langkah skema diterapkan: ${step}`);
    io.out(`Skema siap (versi ${result.version}); peran sop_owner, sop_unit, sop_bureau ada.`);
  }
  io.out('Tambahkan login unit dengan: sop server add-unit --unit "<nama unit>" [--bureau]');
  return EXIT_OK;
}

/**
 * Creates a unit's login (or gives an existing one a new password); the connection URL with the
 * generated password is the last line, the only place a password is ever printed.
 */
export async function addUnitAction(words: string[], values: ServerValues, io: CliIO) {
  if (words.length > 0) {
    throw new CliUsageError('Nama unit ditulis dengan --unit "<nama unit>" (dalam tanda kutip).');
  }
  const name = requiredOption(values.unit, '--unit', 'nama unit');
  const added = await addUnit(adminTarget(values), name, values.bureau === true);
  const role = added.bureau ? 'Bagian Organisasi (menelaah dan menetapkan)' : 'unit';
  io.out(`Login ${added.login} untuk "${visible(added.unit)}" siap: ${role}.`);
  io.out('Kata sandi baru dibuat; kata sandi lama (bila ada) tidak berlaku lagi.');
  io.out(
    'Berikan alamat berikut hanya kepada unit itu; kata sandinya tidak dapat ditampilkan lagi:',
  );
  io.out(added.url);
  return EXIT_OK;
}
