// Everything the library knows of one SOP at the bureau, opened from its Di Biro chip: the status,
// the bureau's note in full, who reviewed it and when, the decree, the revisions not sent; with
// Buka SOP and, when it has something to send, Kirim ke Biro.

import type { LocalServerStatus } from '../../../../shared/model/server';
import { fill, useStrings } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { ServerStatusBadge } from '../../ui/ServerStatusBadge';
import { awaitsSending } from './server-sending';
import { libraryServerStrings } from './server-strings';

type ServerDetailsDialogProps = {
  name: string;
  status: LocalServerStatus;
  onOpen: () => void;
  /** Null for a bureau login, which sends nothing. */
  onSend: (() => void) | null;
  onClose: () => void;
};

export function ServerDetailsDialog(props: ServerDetailsDialogProps) {
  const { name, status, onOpen, onSend, onClose } = props;
  const t = useStrings(libraryServerStrings);
  return (
    <Dialog title={fill(t.detailsTitle, { name })} onClose={onClose} testId="sop-server-dialog">
      <ServerStatusBadge status={status} layout="block" testId="sop-server-details-status" />
      <div className="app-dialog-buttons">
        <button type="button" data-testid="sop-server-open" onClick={onOpen}>
          {t.openSop}
        </button>
        {onSend && awaitsSending(status) && (
          <button type="button" data-testid="sop-server-send" onClick={onSend}>
            {fill(t.sendOne, { name })}
          </button>
        )}
        <button type="button" className="app-primary" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </Dialog>
  );
}
