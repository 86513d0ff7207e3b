// Interface text of the app shell: header, menu, tabs, save status, dialogs and notices.

import { defineStrings } from '../../i18n';

export const shellStrings = defineStrings({
  id: {
    version: 'versi {version}',
    untitled: 'SOP tanpa nama',
    library: 'Pustaka SOP',
    language: 'Bahasa',
    previewBeside: 'Pratinjau di samping',
    statusSaved: 'Tersimpan',
    statusSaving: 'Menyimpan…',
    statusPending: 'Belum tersimpan',
    statusError: 'Gagal menyimpan',
    retry: 'Coba lagi',
    saveDialogTitle: 'Simpan revisi',
    saveDialogText: 'Versi ini disimpan sebagai revisi baru di riwayat. Tulis apa yang berubah.',
    approveDialogTitle: 'Sahkan SOP',
    approveDialogText:
      'Versi ini dibekukan sebagai versi yang disahkan. Perubahan berikutnya menjadi draf baru dan mengisi Tanggal Revisi.',
    note: 'Catatan',
    notePlaceholder: 'mis. Menambah langkah verifikasi berkas',
    revisionSaved: 'Revisi {number} tersimpan.',
    approved: 'SOP disahkan sebagai revisi {number}.',
    notSaved: 'SOP belum tersimpan: {reason}',
    serverStatusTitle: 'Status di server organisasi',
    serverStatusOpen:
      'Status SOP ini di server organisasi: catatan Biro, penelaah, waktu, keputusan',
    serverNote: 'ada catatan Biro',
    close: 'Tutup',
  },
  en: {
    version: 'version {version}',
    untitled: 'Untitled SOP',
    library: 'SOP library',
    language: 'Language',
    previewBeside: 'Preview alongside',
    statusSaved: 'Saved',
    statusSaving: 'Saving…',
    statusPending: 'Not saved yet',
    statusError: 'Save failed',
    retry: 'Retry',
    saveDialogTitle: 'Save revision',
    saveDialogText: 'This version is saved as a new revision in the history. Say what changed.',
    approveDialogTitle: 'Approve SOP',
    approveDialogText:
      'This version is frozen as the approved one. Later changes start a new draft and fill the revision date.',
    note: 'Note',
    notePlaceholder: 'e.g. Added a document check step',
    revisionSaved: 'Revision {number} saved.',
    approved: 'SOP approved as revision {number}.',
    notSaved: 'The SOP is not saved: {reason}',
    serverStatusTitle: 'Status on the organisation server',
    serverStatusOpen:
      'This SOP on the organisation server: the bureau’s note, reviewer, time, decree',
    serverNote: 'the bureau left a note',
    close: 'Close',
  },
});
