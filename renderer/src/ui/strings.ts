// Interface text of the shared pieces: dialogs, their buttons, the notices, the progress bar and
// the approval badge.

import { defineStrings } from '../i18n';

export const uiStrings = defineStrings({
  id: {
    close: 'Tutup',
    cancel: 'Batal',
    dismiss: 'Tutup pemberitahuan',
    progressLabel: '{label} {percent}%',
    more: 'Lainnya',
    approvalDraft: 'Draf',
    approvalApproved: 'Disahkan rev. {revision}',
    approvalChanged: 'ada perubahan',
    approvalChangedMore: ' belum disahkan',
    approvalDraftHint: 'Belum pernah disahkan. Pilih Sahkan setelah SOP ditandatangani.',
    approvalApprovedHint: 'Draf ini sama dengan revisi {revision} yang disahkan.',
    approvalChangedHint:
      'Draf ini adalah perubahan atas revisi {revision} (disahkan) yang belum disahkan. Cetak dan ekspor menanyakan versi mana yang dipakai; pilih Sahkan untuk mengesahkan perubahan.',
  },
  en: {
    close: 'Close',
    cancel: 'Cancel',
    dismiss: 'Dismiss',
    progressLabel: '{label} {percent}%',
    more: 'More',
    approvalDraft: 'Draft',
    approvalApproved: 'Approved rev. {revision}',
    approvalChanged: 'changes',
    approvalChangedMore: ' not approved yet',
    approvalDraftHint: 'Never approved. Choose Approve once the SOP is signed.',
    approvalApprovedHint: 'The draft is the approved revision {revision}.',
    approvalChangedHint:
      'The draft changes the approved revision {revision}; the changes are not approved yet. Print and export ask which version to use; choose Approve to approve the changes.',
  },
});
