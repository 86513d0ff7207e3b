// Interface text of the new-SOP dialog: what comes from the profile and the executor columns.

import { defineStrings } from '../../i18n';

export const newSopStrings = defineStrings({
  id: {
    title: 'SOP baru',
    fromProfile: 'Kop, logo, pejabat yang mengesahkan dan kertas diambil dari profil instansi.',
    profileEmpty:
      'Profil instansi belum diisi; lengkapi di Pengaturan agar SOP baru langsung berkop.',
    columns: 'Kolom pelaksana',
    columnsHint:
      'Centang jabatan yang menjadi kolom pelaksana, lalu atur urutannya dari kiri ke kanan. Kolom tetap dapat diubah di tabel.',
    noRoles: 'Daftar pelaksana di Pengaturan masih kosong. Ketik jabatan di bawah.',
    column: 'Kolom {number}',
    moveLeft: 'Geser {name} ke kiri',
    moveRight: 'Geser {name} ke kanan',
    other: 'Jabatan lain',
    otherHint: 'mis. Kepala Bidang Perencanaan',
    add: 'Tambahkan',
    addedToList: 'Jabatan baru juga disimpan ke daftar pelaksana di Pengaturan.',
    tooMany: 'Paling banyak {max} kolom pelaksana.',
    create: 'Buat SOP',
    createWith: 'Buat SOP dengan {count} kolom',
  },
  en: {
    title: 'New SOP',
    fromProfile:
      'The heading, logo, approving official and paper come from the organisation profile.',
    profileEmpty:
      'The organisation profile is empty; fill it in Settings so new SOPs get their heading.',
    columns: 'Executor columns',
    columnsHint:
      'Tick the roles that become executor columns, then order them from left to right. Columns can still be changed in the table.',
    noRoles: 'The executor role list in Settings is empty. Type a role below.',
    column: 'Column {number}',
    moveLeft: 'Move {name} left',
    moveRight: 'Move {name} right',
    other: 'Another role',
    otherHint: 'e.g. Kepala Bidang Perencanaan',
    add: 'Add',
    addedToList: 'New roles are also saved to the executor role list in Settings.',
    tooMany: 'At most {max} executor columns.',
    create: 'Create SOP',
    createWith: 'Create SOP with {count} columns',
  },
});
