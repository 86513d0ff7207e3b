// Interface text of an SOP's standing with the organisation server (the library's Server column
// and the editor's header).

import { defineStrings } from '../i18n';

export const serverStatusStrings = defineStrings({
  id: {
    'not-sent': 'belum dikirim',
    queued: 'menunggu dikirim',
    submitted: 'dikirim',
    returned: 'dikembalikan',
    accepted: 'diterima',
    set: 'ditetapkan',
    unsent: '{count} revisi belum dikirim',
    decree: 'Keputusan {number}, LAMPIRAN {numeral}',
    decreeDated: 'Keputusan {number} tgl. {date}, LAMPIRAN {numeral}',
    reviewed: 'Ditelaah {who}, {when}',
    reviewedAt: 'Ditelaah {when}',
    notSentHint: 'Revisi tersimpan belum ada di server organisasi. Pilih Kirim ke Biro.',
    queuedHint: 'Menunggu dikirim ke server organisasi; dikirim otomatis saat server terjangkau.',
    lastMessage: 'Percobaan terakhir: {message}',
    submittedHint: 'Sudah di server organisasi, menunggu telaah Bagian Organisasi.',
    returnedHint: 'Dikembalikan Bagian Organisasi dengan catatan: {note}',
    acceptedHint: 'Diterima Bagian Organisasi.',
    setHint: 'Ditetapkan dengan keputusan.',
    label: 'Server',
  },
  en: {
    'not-sent': 'not sent',
    queued: 'waiting to be sent',
    submitted: 'submitted',
    returned: 'returned',
    accepted: 'accepted',
    set: 'set by decree',
    unsent: '{count} revisions not sent',
    decree: 'Decree {number}, ANNEX {numeral}',
    decreeDated: 'Decree {number} of {date}, ANNEX {numeral}',
    reviewed: 'Reviewed by {who}, {when}',
    reviewedAt: 'Reviewed {when}',
    notSentHint:
      'The saved revisions are not on the organisation server yet. Choose Send to the bureau.',
    queuedHint:
      'Waiting to be sent to the organisation server; sent on its own when it is reachable.',
    lastMessage: 'Last try: {message}',
    submittedHint: 'On the organisation server, waiting for the bureau’s review.',
    returnedHint: 'Returned by the bureau with a note: {note}',
    acceptedHint: 'Accepted by the bureau.',
    setHint: 'Set by decree.',
    label: 'Server',
  },
});

export type ServerStatusStrings = Record<keyof (typeof serverStatusStrings)['id'], string>;
