// Interface text of the shared pieces: dialogs, their buttons and the notices.

import { defineStrings } from '../i18n';

export const uiStrings = defineStrings({
  id: {
    close: 'Tutup',
    cancel: 'Batal',
    dismiss: 'Tutup pemberitahuan',
  },
  en: {
    close: 'Close',
    cancel: 'Cancel',
    dismiss: 'Dismiss',
  },
});
