// Cadangan pustaka: back the library up to a file, restore it from a file, or restore one of the
// automatic copies (daily, and the ones taken before a restore or an app update).

import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/model/library';
import { formatBytes } from '../../../../shared/limits';
import { fill, useLanguage, useStrings } from '../../i18n';
import { call } from '../../platform/api';
import { Dialog } from '../../ui/Dialog';
import { FilePicker } from '../../ui/FilePicker';
import { notifyError } from '../../ui/notices';
import { backUpToFile, restoreAutomaticCopy, restoreFromFile } from './backup-actions';
import { formatTimestamp } from './format';
import type { LibraryStrings } from './strings';
import { libraryStrings } from './strings';

type BackupDialogProps = { onClose: () => void; onRestored: () => void };

export function BackupDialog({ onClose, onRestored }: BackupDialogProps) {
  const t = useStrings(libraryStrings);
  const language = useLanguage((state) => state.language);
  const [copies, setCopies] = useState<BackupInfo[] | null>(null);
  const [backupProblem, setBackupProblem] = useState<string | null>(null);
  const reload = useCallback(() => {
    call('library:backups').then(setCopies).catch(notifyError);
    call('library:status')
      .then((status) => setBackupProblem(status.backupProblem))
      .catch(notifyError);
  }, []);
  useEffect(reload, [reload]);
  const afterRestore = (restored: boolean) => {
    reload();
    if (restored) onRestored();
  };

  return (
    <Dialog title={t.backupsTitle} onClose={onClose} wide testId="backup-dialog">
      <p>{t.backupsIntro}</p>
      {backupProblem && (
        <p className="app-problem" role="alert" data-testid="backup-problem">
          {fill(t.backupProblem, { message: backupProblem })}
        </p>
      )}
      <div className="app-library-new">
        <button
          type="button"
          className="app-primary"
          data-testid="backup-now"
          onClick={() => void backUpToFile().then(reload)}
        >
          {t.backupNow}
        </button>
        <FilePicker
          label={t.restoreFromFile}
          accept=".sqlite,application/vnd.sqlite3,application/x-sqlite3"
          buttonTestId="restore-from-file"
          inputTestId="restore-file-input"
          onFile={(file) => void restoreFromFile(file).then(afterRestore)}
        />
      </div>
      <h3>{t.automaticCopies}</h3>
      {copies?.length === 0 && <p className="app-empty">{t.noCopies}</p>}
      {copies && copies.length > 0 && (
        <table className="app-table" data-testid="automatic-copies">
          <thead>
            <tr>
              <th scope="col">{t.copyOther}</th>
              <th scope="col">{t.copyTaken}</th>
              <th scope="col">{t.copySize}</th>
              <th scope="col">{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {copies.map((copy) => (
              <tr key={copy.file}>
                <td title={copy.file}>{copyKind(copy.file, t)}</td>
                <td>{formatTimestamp(copy.createdAt, language)}</td>
                <td>{formatBytes(copy.bytes)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => void restoreAutomaticCopy(copy.file).then(afterRestore)}
                  >
                    {t.restoreCopy}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}

/** Why the copy was taken, from its file name (docs/architecture.md, backups). */
function copyKind(file: string, t: LibraryStrings): string {
  if (file.startsWith('pustaka-harian-')) return t.copyDaily;
  if (file.startsWith('pustaka-sebelum-pemulihan-')) return t.copyBeforeRestore;
  if (file.startsWith('pustaka-sebelum-pembaruan-')) return t.copyBeforeUpgrade;
  return t.copyOther;
}
