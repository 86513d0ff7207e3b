// Interface text of the settings: organisation profile (Profil instansi) with its approving
// official and working day, and the executor roles.

import { defineStrings } from '../../i18n';

export const settingsStrings = defineStrings({
  id: {
    title: 'Pengaturan',
    profile: 'Profil instansi',
    profileHint: 'SOP baru dimulai dengan kop, logo, pengesah dan kertas dari profil ini.',
    signer: 'Pejabat yang mengesahkan',
    signerHint: 'Ditulis pada "Disahkan oleh" di setiap SOP baru: jabatan, nama dan NIP.',
    document: 'Kertas dan waktu kerja',
    workdayHours: 'Jam kerja per hari',
    workdayHint: 'Total waktu menghitung 1 hari = {hours} jam kerja.',
    roles: 'Daftar pelaksana',
    rolesHint:
      'Nama jabatan yang ditawarkan sebagai kolom pelaksana saat membuat SOP baru dan saat menambah kolom.',
    save: 'Simpan pengaturan',
    saved: 'Pengaturan tersimpan.',
    loading: 'Memuat…',
    pdf: 'Ekspor PDF',
    pdfSource: 'Lampirkan sumber SOP (.sop.json) di PDF yang diekspor',
    pdfSourceHint:
      'PDF dari Ekspor PDF dan Buku SOP membawa sumber SOP-nya sebagai lampiran, sehingga dapat diimpor kembali dengan tepat (Impor PDF). Matikan bila PDF yang dibagikan tidak boleh memuat salinan dokumen yang dapat disunting.',
  },
  en: {
    title: 'Settings',
    profile: 'Organisation profile',
    profileHint: 'New SOPs start with the heading, logo, approver and paper of this profile.',
    signer: 'Approving official',
    signerHint: 'Written under "Disahkan oleh" in every new SOP: position, name and NIP.',
    document: 'Paper and working time',
    workdayHours: 'Working hours per day',
    workdayHint: 'The total time counts 1 day = {hours} working hours.',
    roles: 'Executor roles',
    rolesHint:
      'Role names offered as executor columns when creating an SOP and when adding a column.',
    save: 'Save settings',
    saved: 'Settings saved.',
    loading: 'Loading…',
    pdf: 'PDF export',
    pdfSource: 'Attach the SOP source (.sop.json) to exported PDFs',
    pdfSourceHint:
      'PDFs from Export PDF and the SOP book carry the SOP source as an attachment, so they import back exactly (Import PDF). Turn it off when the PDFs you share must not hold an editable copy of the document.',
  },
});
