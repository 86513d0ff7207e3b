// Interface text of the live preview (Pratinjau).

import { defineStrings } from '../../i18n';

export const previewStrings = defineStrings({
  id: {
    title: 'Pratinjau',
    zoom: 'Perbesaran',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    fitWidth: 'Selebar panel',
    page: 'Halaman {number} dari {count}',
    pages: '{count} halaman {paper}',
    truncated: '{count} sel terlalu panjang untuk satu halaman dan terpotong di cetakan.',
  },
  en: {
    title: 'Preview',
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitWidth: 'Fit width',
    page: 'Page {number} of {count}',
    pages: '{count} {paper} pages',
    truncated: '{count} cells are too long for one page and are cut off in print.',
  },
});
