// The open SOP's approval in the header, beside the save status: Draf, Disahkan rev. N, or
// Disahkan rev. N · ada perubahan belum disahkan as soon as an approved SOP is edited.

import { useEditor } from '../../state/store';
import { ApprovalBadge } from '../../ui/ApprovalBadge';

export function ApprovalStatus() {
  const summary = useEditor((s) => s.summary);
  const dirty = useEditor((s) => s.dirty);
  if (summary === null) return null;
  return <ApprovalBadge summary={summary} unsavedEdits={dirty} testId="approval-status" />;
}
