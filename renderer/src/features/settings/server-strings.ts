// Interface text of Pengaturan → Server organisasi.

import { defineStrings } from '../../i18n';

export const serverStrings = defineStrings({
  id: {
    title: 'Server organisasi',
    hint: 'Server PostgreSQL bersama tempat unit mengirim SOP ke Bagian Organisasi dan membaca register. Alamat dan kata sandi login diberikan oleh pengelola server.',
    url: 'Alamat server',
    urlExample: 'postgres://login@host:5432/basisdata?sslmode=verify-full&sslrootcert=ca.crt',
    password: 'Kata sandi login',
    passwordKept: '•••••••• (tersimpan)',
    passwordKeychain: 'Kata sandi disimpan terenkripsi dengan gantungan kunci sistem operasi.',
    passwordNone: 'Belum ada kata sandi tersimpan.',
    passwordMemory:
      'Di pratinjau peramban kata sandi hanya diingat selama program berjalan, tidak disimpan.',
    test: 'Uji koneksi',
    testing: 'Menghubungi…',
    forget: 'Hapus',
    forgotten: 'Alamat dan kata sandi server organisasi dihapus dari komputer ini.',
    connectedUnit: 'Terhubung sebagai unit "{unit}".',
    connectedBureau:
      'Terhubung sebagai "{unit}" (Bagian Organisasi): dapat menelaah dan menetapkan SOP.',
  },
  en: {
    title: 'Organisation server',
    hint: 'The shared PostgreSQL server where units send SOPs to the Organisation Bureau and read the register. The address and the login password come from the server administrator.',
    url: 'Server address',
    urlExample: 'postgres://login@host:5432/database?sslmode=verify-full&sslrootcert=ca.crt',
    password: 'Login password',
    passwordKept: '•••••••• (stored)',
    passwordKeychain: "The password is stored encrypted with the operating system's keychain.",
    passwordNone: 'No password stored yet.',
    passwordMemory:
      'In the browser preview the password is only remembered while the program runs, never stored.',
    test: 'Test connection',
    testing: 'Connecting…',
    forget: 'Remove',
    forgotten: "The organisation server's address and password were removed from this computer.",
    connectedUnit: 'Connected as the unit "{unit}".',
    connectedBureau:
      'Connected as "{unit}" (Organisation Bureau): can review and set SOPs by decree.',
  },
});
