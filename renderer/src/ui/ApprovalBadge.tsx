// The approval status of an SOP as the library and the editor header show it: Draf, Disahkan
// rev. N, or Disahkan rev. N · ada perubahan belum disahkan (the draft changes that revision).

import type { SopSummary } from '../../../shared/model/library';
import { fill, useStrings } from '../i18n';
import { uiStrings } from './strings';
import './approval.css';

type ApprovalBadgeProps = {
  summary: Pick<SopSummary, 'approvedRevision' | 'unapprovedChanges'>;
  /** Edits not saved to the library yet: after an approval they are changes too. */
  unsavedEdits?: boolean;
  testId?: string;
};

export type ApprovalState = 'draft' | 'approved' | 'changed';

export function approvalState(
  summary: ApprovalBadgeProps['summary'],
  unsavedEdits = false,
): ApprovalState {
  if (summary.approvedRevision === null) return 'draft';
  return summary.unapprovedChanges || unsavedEdits ? 'changed' : 'approved';
}

export function ApprovalBadge({ summary, unsavedEdits, testId }: ApprovalBadgeProps) {
  const t = useStrings(uiStrings);
  const state = approvalState(summary, unsavedEdits);
  const revision = summary.approvedRevision ?? 0;
  const hint =
    state === 'draft'
      ? t.approvalDraftHint
      : fill(state === 'approved' ? t.approvalApprovedHint : t.approvalChangedHint, { revision });
  return (
    <span className="app-approval" data-testid={testId} data-state={state} title={hint}>
      {state === 'draft' ? (
        <span className="app-approval-chip">{t.approvalDraft}</span>
      ) : (
        <span className="app-approval-chip app-approval-approved">
          {fill(t.approvalApproved, { revision })}
        </span>
      )}
      {state === 'changed' && (
        <>
          <span className="app-approval-separator"> · </span>
          <span className="app-approval-chip app-approval-changed">
            {t.approvalChanged}
            <span className="app-approval-more">{t.approvalChangedMore}</span>
          </span>
        </>
      )}
    </span>
  );
}
