// Interface text of the checks panel (Periksa).

import { defineStrings } from '../../i18n';

export const checksStrings = defineStrings({
  id: {
    title: 'Periksa',
    close: 'Tutup panel periksa',
    totalTime: 'Total waktu',
    totalBasis: '1 hari = {hours} jam kerja (atur di Pengaturan)',
    totalLoops: 'termasuk satu putaran perbaikan',
    totalUncounted: '{count} langkah tanpa waktu terbaca',
    totalNoEnd: 'alur utama tidak sampai ke akhir',
    noFindings: 'Tidak ada temuan. SOP ini sesuai dengan pemeriksaan Permenpan.',
    error: 'Kesalahan',
    warning: 'Peringatan',
    hint: 'Saran',
    count: '{count} temuan',
    checking: 'Memeriksa…',
  },
  en: {
    title: 'Checks',
    close: 'Close the checks panel',
    totalTime: 'Total time',
    totalBasis: '1 day = {hours} working hours (set in Settings)',
    totalLoops: 'including one rework round',
    totalUncounted: '{count} steps without a readable time',
    totalNoEnd: 'the main path does not reach the end',
    noFindings: 'No findings. This SOP passes the Permenpan checks.',
    error: 'Errors',
    warning: 'Warnings',
    hint: 'Suggestions',
    count: '{count} findings',
    checking: 'Checking…',
  },
});
