// Cadangkan and Pulihkan from the library screen: a copy of the whole library saved where the
// user chooses, and the library replaced by a backup (a chosen file or an automatic copy). Both
// run as jobs with progress and Batal; a restore first saves the open draft and then closes it,
// since the SOP may not exist in the restored library.

import { emptySop } from '../../../../shared/model';
import { saveDraftNow } from '../../app/session';
import { saveMadeFile } from '../../document/commands';
import { fill, stringsNow } from '../../i18n';
import { call } from '../../platform/api';
import { editorStore } from '../../state/store';
import { reporting } from '../../ui/notices';
import { withProgress } from '../../ui/progress';
import { libraryStrings } from './strings';

const strings = () => stringsNow(libraryStrings);

export function backUpToFile(): Promise<boolean> {
  return reporting(async () => {
    const t = strings();
    await saveDraftNow();
    const bytes = await withProgress(t.makingBackup, (id) => call('library:backupBytes', id));
    const date = new Date().toISOString().slice(0, 10);
    const name = fill(t.backupFileName, { date });
    const saved = await saveMadeFile(
      name,
      'sqlite',
      bytes as Uint8Array<ArrayBuffer>,
      'application/vnd.sqlite3',
    );
    return saved && fill(t.backupSaved, { file: saved });
  });
}

/** Pulihkan from a backup file the user picked, after asking. */
export async function restoreFromFile(file: File): Promise<boolean> {
  if (!window.confirm(fill(strings().restoreBackupConfirm, { name: file.name }))) return false;
  const bytes = new Uint8Array(await file.arrayBuffer());
  return restoring(file.name, (id) => call('library:restoreBytes', bytes, id));
}

/** Pulihkan from one of the automatic copies, by its file name, after asking. */
export function restoreAutomaticCopy(name: string): Promise<boolean> {
  if (!window.confirm(fill(strings().restoreBackupConfirm, { name }))) {
    return Promise.resolve(false);
  }
  return restoring(name, (id) => call('library:restoreBackup', name, id));
}

function restoring(
  name: string,
  restore: (jobId: string) => Promise<{ file: string }>,
): Promise<boolean> {
  return reporting(async () => {
    const t = strings();
    await saveDraftNow();
    await withProgress(t.restoringBackup, restore);
    editorStore.getState().load(emptySop(), null);
    return fill(t.backupRestored, { name });
  });
}
