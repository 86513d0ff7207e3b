// Kirim semua asks first: how many listed SOPs go to the bureau, how many of them are not approved
// yet, and their names; Batal sends nothing.

import type { SopSummary } from '../../../../shared/model/library';
import { answerSendListed, useServerSync } from '../../app/server-sync';
import { fill, useStrings } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { DialogButtons } from '../../ui/DialogButtons';
import { libraryServerStrings } from './server-strings';
import { libraryStrings } from './strings';

/** The names shown before "… dan n SOP lainnya". */
const NAMES_SHOWN = 8;

export function SendConfirmDialog({ listed }: { listed: readonly SopSummary[] }) {
  const ids = useServerSync((s) => s.confirming);
  const t = useStrings(libraryServerStrings);
  const tl = useStrings(libraryStrings);
  if (ids === null) return null;
  const chosen = new Set(ids);
  const sops = listed.filter((summary) => chosen.has(summary.id));
  const drafts = sops.filter((summary) => summary.approvedRevision === null).length;
  const cancel = () => void answerSendListed(false);
  return (
    <Dialog title={t.confirmTitle} onClose={cancel} testId="send-confirm">
      <p data-testid="send-confirm-text">
        {fill(t.confirmText, { count: ids.length })}
        {drafts > 0 && <> {fill(t.confirmDrafts, { count: drafts })}</>}
      </p>
      <ul className="app-send-confirm-list">
        {sops.slice(0, NAMES_SHOWN).map((summary) => (
          <li key={summary.id}>{summary.name || tl.untitled}</li>
        ))}
        {ids.length > NAMES_SHOWN && (
          <li className="app-muted">{fill(t.confirmMore, { count: ids.length - NAMES_SHOWN })}</li>
        )}
      </ul>
      <DialogButtons
        onCancel={cancel}
        action={{
          label: fill(t.confirmSend, { count: ids.length }),
          testId: 'send-confirm-send',
          onClick: () => void answerSendListed(true),
        }}
      />
    </Dialog>
  );
}
