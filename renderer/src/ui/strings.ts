// Interface text of the shared pieces: dialogs, their buttons, the notices and the progress bar.

import { defineStrings } from '../i18n';

export const uiStrings = defineStrings({
  id: {
    close: 'Tutup',
    cancel: 'Batal',
    dismiss: 'Tutup pemberitahuan',
    progressLabel: '{label} {percent}%',
    more: 'Lainnya',
  },
  en: {
    close: 'Close',
    cancel: 'Cancel',
    dismiss: 'Dismiss',
    progressLabel: '{label} {percent}%',
    more: 'More',
  },
});
