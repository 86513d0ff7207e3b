// Interface text of the document commands: what each one reports when it is done.

import { defineStrings } from '../i18n';

export const documentStrings = defineStrings({
  id: {
    pdfExported: 'PDF diekspor: {file}',
    jsonExported: 'Berkas diekspor: {file}',
    excelExported: 'Berkas Excel diekspor: {file}',
    imported: 'SOP "{name}" diimpor ke pustaka.',
    excelImported: '{count} SOP dari {file} masuk ke pustaka.',
    bookExported: 'Buku SOP diekspor: {file}',
    bookFileName: 'Buku SOP',
    bureauFileName: 'SOP untuk Biro Organisasi',
    makingPdf: 'Membuat PDF…',
    makingBook: 'Membuat buku SOP ({count} SOP)…',
    makingExcel: 'Membuat berkas Excel…',
    readingExcel: 'Membaca berkas Excel…',
    importingFiles: 'Mengimpor {count} berkas SOP…',
    importedFiles: '{count} SOP diimpor ke pustaka.',
    importedSome: '{ok} dari {all} berkas diimpor; {failed} gagal: {problems}',
  },
  en: {
    pdfExported: 'PDF exported: {file}',
    jsonExported: 'File exported: {file}',
    excelExported: 'Excel file exported: {file}',
    imported: 'SOP "{name}" imported into the library.',
    excelImported: '{count} SOPs from {file} added to the library.',
    bookExported: 'SOP book exported: {file}',
    bookFileName: 'SOP book',
    bureauFileName: 'SOPs for the organisation bureau',
    makingPdf: 'Making the PDF…',
    makingBook: 'Making the SOP book ({count} SOPs)…',
    makingExcel: 'Making the Excel file…',
    readingExcel: 'Reading the Excel file…',
    importingFiles: 'Importing {count} SOP files…',
    importedFiles: '{count} SOPs imported into the library.',
    importedSome: '{ok} of {all} files imported; {failed} failed: {problems}',
  },
});
