// Interface text of sending to and pulling from the organisation server (Kirim ke Biro, Tarik
// pembaruan): the progress labels and what is said when there is nothing to do.

import { defineStrings } from '../i18n';

export const serverSyncStrings = defineStrings({
  id: {
    publishing: 'Mengirim ke Biro…',
    pulling: 'Menarik pembaruan dari server organisasi…',
    noServer:
      'Server organisasi belum diatur. Buka Pengaturan → Server organisasi, isi alamat dan kata sandi, lalu Uji koneksi.',
    nothingListed: 'Tidak ada SOP di daftar untuk dikirim.',
    nothingWaiting: 'Semua SOP di daftar sudah ada di Biro; tidak ada yang menunggu dikirim.',
    bureauSendsNothing:
      'Login ini milik Biro (Bagian Organisasi): Biro tidak mengirim SOP ke dirinya sendiri. Telaah dan penetapan ada di Register.',
  },
  en: {
    publishing: 'Sending to the bureau…',
    pulling: 'Pulling updates from the organisation server…',
    noServer:
      'No organisation server is set. Open Settings → Organisation server, enter the address and password, then Test connection.',
    nothingListed: 'There are no SOPs in the list to send.',
    nothingWaiting: 'Every listed SOP is at the bureau; nothing is waiting to be sent.',
    bureauSendsNothing:
      'This login is the bureau’s: the bureau does not send SOPs to itself. Review and decrees are in the Register.',
  },
});
