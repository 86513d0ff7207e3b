// Interface text of the help panel (Bantuan) and the about box (Tentang).

import { defineStrings } from '../../i18n';

export const helpStrings = defineStrings({
  id: {
    helpTitle: 'Bantuan: pintasan papan ketik',
    aboutTitle: 'Tentang',
    command: 'Perintah',
    keys: 'Tombol',
    tableKeys: 'Di tabel diagram alir',
    navigate: 'Pindah sel (Enter di baris terakhir menambah langkah)',
    navigateKeys: 'Panah, Tab, Enter',
    place: 'Letakkan simbol langkah di kolom pelaksana itu (pindah dari kolom lain)',
    placeKeys: 'Klik sel pelaksana',
    join: 'Tambahkan pelaksana itu ke langkah (kegiatan bersama)',
    click: 'klik',
    edit: 'Mulai mengetik di sel',
    editKeys: 'Ketik langsung atau F2',
    newLine: 'Baris baru di dalam sel',
    copyPaste: 'Salin / tempel (juga dari Excel atau Word)',
    tips: 'Perubahan tersimpan otomatis sebagai draf. Simpan membuat revisi di riwayat; Sahkan membekukan versi resmi.',
    aboutText:
      'Editor SOP Administrasi Pemerintahan sesuai Peraturan Menteri PANRB Nomor 35 Tahun 2012. Bekerja tanpa internet; semua data tersimpan di komputer ini.',
    dataFolder: 'Tampilan',
    shellDesktop: 'Aplikasi desktop',
    shellPreview: 'Pratinjau di peramban',
  },
  en: {
    helpTitle: 'Help: keyboard shortcuts',
    aboutTitle: 'About',
    command: 'Command',
    keys: 'Keys',
    tableKeys: 'In the flowchart table',
    navigate: 'Move between cells (Enter on the last row adds a step)',
    navigateKeys: 'Arrows, Tab, Enter',
    place: "Put the step's symbol in that executor's column (moved from another)",
    placeKeys: 'Click an executor cell',
    join: 'Add that executor to the step (joint activity)',
    click: 'click',
    edit: 'Start typing in a cell',
    editKeys: 'Just type, or F2',
    newLine: 'New line inside a cell',
    copyPaste: 'Copy / paste (also from Excel or Word)',
    tips: 'Changes are saved automatically as a draft. Save adds a revision to the history; Approve freezes the official version.',
    aboutText:
      'Editor for government administration SOPs following Permenpan RB regulation 35/2012. Works offline; all data stays on this computer.',
    dataFolder: 'Running as',
    shellDesktop: 'Desktop app',
    shellPreview: 'Browser preview',
  },
});
