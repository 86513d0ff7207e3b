// Recognises what kind of file the bytes are before any parsing, so a user who picked an old
// .xls, a password-protected workbook, a PDF or an empty file is told exactly what to do.

import { SopError } from '../../../shared/errors';
import { fileTooLarge, MAX_WORKBOOK_BYTES } from '../../../shared/limits';
import { notAWorkbook } from './errors';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Throws a SopError unless the bytes start like a zip archive. */
export function checkContainer(bytes: Uint8Array): void {
  if (bytes.length === 0) {
    throw new SopError(
      'unsupported-file',
      'Berkas kosong (0 byte). Pilih berkas .xlsx yang berisi SOP.',
    );
  }
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    throw fileTooLarge('Excel', MAX_WORKBOOK_BYTES, bytes.length);
  }
  if (startsWith(bytes, OLE2)) {
    if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) {
      throw new SopError(
        'unsupported-file',
        'Buku kerja ini dilindungi kata sandi (terenkripsi) sehingga tidak dapat dibaca. Buka di Excel, hapus kata sandinya (File > Info > Lindungi Buku Kerja), simpan, lalu impor lagi.',
        'OLE2 container with EncryptionInfo stream',
      );
    }
    throw new SopError(
      'unsupported-file',
      'Berkas ini format Excel lama (.xls). Buka di Excel atau LibreOffice, simpan sebagai Buku Kerja Excel (.xlsx), lalu impor lagi.',
      'OLE2 compound file',
    );
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    throw notAWorkbook('PDF signature', 'dokumen PDF, bukan Excel');
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
  if (!zip) throw notAWorkbook('no zip signature');
}

/** Names the kind of zip that is not a workbook (Word, PowerPoint, OpenDocument), if it is one. */
export function describeOtherZip(names: string[]): string | null {
  if (names.some((n) => n.startsWith('word/'))) return 'dokumen Word, bukan Excel';
  if (names.some((n) => n.startsWith('ppt/'))) return 'presentasi PowerPoint, bukan Excel';
  if (names.includes('mimetype')) return 'berkas OpenDocument (misalnya .ods), bukan .xlsx';
  return null;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** OLE2 directory entries hold stream names in UTF-16LE; the directory is small, a scan is cheap. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  const limit = bytes.length - text.length * 2;
  outer: for (let at = 0; at <= limit; at += 1) {
    if (bytes[at] !== first || bytes[at + 1] !== 0) continue;
    for (let i = 1; i < text.length; i += 1) {
      if (bytes[at + i * 2] !== text.charCodeAt(i) || bytes[at + i * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}
