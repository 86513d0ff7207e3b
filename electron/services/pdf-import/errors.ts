// The refusals of the PDF import: each says in Bahasa Indonesia what is wrong with the file and
// what to do instead (docs/format.md §7.2); the technical detail goes to the log only.

import { isSopError, SopError } from '../../../shared/errors';
import { formatCount, MAX_PDF_IMPORT_SECONDS, MAX_PDF_PAGES } from '../../../shared/limits';

const ROUTES = 'Gunakan Impor Excel dengan buku kerja SOP-nya, atau ketik ulang SOP-nya.';

export function notPdf(detail: string): SopError {
  return new SopError(
    'unsupported-file',
    'Berkas ini bukan PDF (tidak diawali tanda %PDF). Pilih berkas PDF SOP, atau gunakan Impor Excel untuk buku kerja.',
    detail,
  );
}

export function encryptedPdf(detail: string): SopError {
  return new SopError(
    'unsupported-file',
    'PDF ini dilindungi kata sandi (terenkripsi), jadi isinya tidak dapat dibaca. Buka di pembaca PDF dengan kata sandinya, simpan atau cetak ulang tanpa kata sandi, lalu impor lagi.',
    detail,
  );
}

export function damagedPdf(detail: string): SopError {
  return new SopError(
    'corrupt',
    'PDF ini rusak atau terpotong (daftar objeknya tidak dapat dibaca). Unduh atau salin ulang berkasnya dari sumber aslinya, lalu impor lagi.',
    detail,
  );
}

export function tooManyPages(found: number): SopError {
  return new SopError(
    'file-too-large',
    `PDF ini memiliki ${formatCount(found)} halaman; paling banyak ${formatCount(MAX_PDF_PAGES)}. Bagi PDF-nya menjadi bagian yang lebih kecil (misalnya per SOP), lalu impor setiap bagian.`,
    `${found} pages`,
  );
}

export function tooSlow(page: number): SopError {
  return new SopError(
    'file-too-large',
    `PDF ini terlalu rumit untuk dibaca: halaman ${page} belum selesai setelah ${MAX_PDF_IMPORT_SECONDS} detik. Cetak ulang PDF-nya (Cetak ke PDF) agar isinya sederhana, atau bagi menjadi bagian yang lebih kecil.`,
    `over ${MAX_PDF_IMPORT_SECONDS} s at page ${page}`,
  );
}

export function scriptedPdf(detail: string): SopError {
  return new SopError(
    'unsupported-file',
    'PDF ini berisi JavaScript (skrip yang dapat berjalan saat dibuka). Demi keamanan tidak diimpor. Cetak ulang PDF-nya ke PDF baru (Cetak ke PDF) agar skripnya hilang, lalu impor lagi.',
    detail,
  );
}

export function scannedPdf(pages: number): SopError {
  return new SopError(
    'unsupported-file',
    `PDF ini hasil pindaian (gambar tanpa teks): ${pages} halaman berisi gambar saja, tidak ada teks yang dapat dibaca. Aplikasi belum dapat membaca SOP dari gambar. ${ROUTES}`,
    `${pages} image-only pages, no text`,
  );
}

export function emptyPdf(): SopError {
  return new SopError(
    'unsupported-file',
    `PDF ini tidak berisi teks maupun gambar yang dapat dibaca, jadi tidak ada SOP di dalamnya. ${ROUTES}`,
    'no text, no images',
  );
}

export function internalPdfError(error: unknown): SopError {
  return new SopError(
    'internal',
    'PDF ini tidak dapat dibaca karena kesalahan di aplikasi. Cetak ulang PDF-nya (Cetak ke PDF) dan coba lagi; bila tetap gagal, laporkan berkas ini kepada pengembang.',
    error instanceof Error ? (error.stack ?? error.message) : String(error),
  );
}

/** What PDF.js throws on a file it cannot parse (its errors cross its message port by name). */
const PDFJS_DAMAGE = new Set(['InvalidPDFException', 'FormatError', 'UnknownErrorException']);

/** Any failure while PDF.js reads the file, as the message a user gets. */
export function pdfjsFailure(error: unknown): SopError {
  if (isSopError(error)) return error;
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (name === 'PasswordException') return encryptedPdf(detail);
  if (PDFJS_DAMAGE.has(name)) return damagedPdf(detail);
  return internalPdfError(error);
}
