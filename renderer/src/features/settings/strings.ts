// Interface text of the settings: organisation profile (Profil instansi) and executor roles.

import { defineStrings } from '../../i18n';

export const settingsStrings = defineStrings({
  id: {
    title: 'Pengaturan',
    profile: 'Profil instansi',
    profileHint: 'SOP baru dimulai dengan kop, logo, pengesah dan kertas dari profil ini.',
    roles: 'Daftar pelaksana',
    rolesHint: 'Nama jabatan yang ditawarkan saat menambah kolom pelaksana.',
    save: 'Simpan pengaturan',
    saved: 'Pengaturan tersimpan.',
    loading: 'Memuat…',
  },
  en: {
    title: 'Settings',
    profile: 'Organisation profile',
    profileHint: 'New SOPs start with the heading, logo, approver and paper of this profile.',
    roles: 'Executor roles',
    rolesHint: 'Role names offered when adding an executor column.',
    save: 'Save settings',
    saved: 'Settings saved.',
    loading: 'Loading…',
  },
});
