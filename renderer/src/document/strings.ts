// Interface text of the document commands: what each one reports when it is done, and the
// question which version to print when the draft holds changes not yet approved.

import { defineStrings } from '../i18n';

export const documentStrings = defineStrings({
  id: {
    pdfExported: 'PDF diekspor: {file}',
    jsonExported: 'Berkas diekspor: {file}',
    excelExported: 'Berkas Excel diekspor: {file}',
    imported: 'SOP "{name}" diimpor ke pustaka.',
    excelExchanged:
      'Dari {file}: {updated} SOP diperbarui, {added} ditambahkan, {unchanged} tidak berubah.',
    bookExported: 'Buku SOP diekspor: {file}',
    bookFileName: 'Buku SOP',
    bureauFileName: 'SOP untuk Biro Organisasi',
    makingPdf: 'Membuat PDF…',
    makingBook: 'Membuat buku SOP ({count} SOP)…',
    makingExcel: 'Membuat berkas Excel…',
    readingExcel: 'Membaca berkas Excel…',
    readingPdf: 'Membaca berkas PDF…',
    importingFiles: 'Mengimpor {count} berkas SOP…',
    importedFiles: '{count} SOP diimpor ke pustaka.',
    importedSome: '{ok} dari {all} berkas diimpor; {failed} gagal: {problems}',
    choiceTitle: '{action}: versi yang mana?',
    choiceIntro:
      'SOP ini disahkan pada revisi {revision}, dan drafnya berisi perubahan yang belum disahkan.',
    choiceIntroMany: '{count} SOP yang disahkan berisi perubahan yang belum disahkan.',
    choiceVersion: 'Versi yang dicetak',
    choiceApproved: 'Revisi {revision} yang disahkan',
    choiceApprovedMany: 'Revisi yang disahkan',
    choiceApprovedHint: 'Versi resmi yang berlaku, tanpa perubahan sesudahnya.',
    choiceDraft: 'Draf dengan perubahan',
    choiceDraftHint:
      'Perubahan atas revisi {revision} (disahkan); setiap halaman diberi tanda DRAF.',
    choiceDraftHintMany:
      'Perubahan yang belum disahkan; setiap halaman SOP tersebut diberi tanda DRAF.',
  },
  en: {
    pdfExported: 'PDF exported: {file}',
    jsonExported: 'File exported: {file}',
    excelExported: 'Excel file exported: {file}',
    imported: 'SOP "{name}" imported into the library.',
    excelExchanged: 'From {file}: {updated} SOPs updated, {added} added, {unchanged} unchanged.',
    bookExported: 'SOP book exported: {file}',
    bookFileName: 'SOP book',
    bureauFileName: 'SOPs for the organisation bureau',
    makingPdf: 'Making the PDF…',
    makingBook: 'Making the SOP book ({count} SOPs)…',
    makingExcel: 'Making the Excel file…',
    readingExcel: 'Reading the Excel file…',
    readingPdf: 'Reading the PDF file…',
    importingFiles: 'Importing {count} SOP files…',
    importedFiles: '{count} SOPs imported into the library.',
    importedSome: '{ok} of {all} files imported; {failed} failed: {problems}',
    choiceTitle: '{action}: which version?',
    choiceIntro:
      'This SOP was approved at revision {revision}, and its draft holds changes not approved yet.',
    choiceIntroMany: '{count} approved SOPs hold changes not approved yet.',
    choiceVersion: 'Version to print',
    choiceApproved: 'The approved revision {revision}',
    choiceApprovedMany: 'The approved revisions',
    choiceApprovedHint: 'The official version in force, without later changes.',
    choiceDraft: 'The draft with the changes',
    choiceDraftHint:
      'Changes to the approved revision {revision}; every page is marked DRAF (draft).',
    choiceDraftHintMany:
      'Changes not approved yet; every page of those SOPs is marked DRAF (draft).',
  },
});
