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
  },
  en: {
    publishing: 'Sending to the bureau…',
    pulling: 'Pulling updates from the organisation server…',
    noServer:
      'No organisation server is set. Open Settings → Organisation server, enter the address and password, then Test connection.',
    nothingListed: 'There are no SOPs in the list to send.',
  },
});
