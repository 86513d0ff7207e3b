// The SopErrors of a workbook that cannot be read, worded once so every path says the same thing.

import { SopError } from '../../../shared/errors';
import { formatCount } from '../../../shared/limits';

export function corruptWorkbook(detail: string): SopError {
  return new SopError(
    'corrupt',
    'Berkas Excel rusak atau terpotong sehingga tidak dapat dibaca. Buka di Excel atau LibreOffice, simpan ulang sebagai .xlsx, lalu impor lagi.',
    detail,
  );
}

export function notAWorkbook(detail: string, what = 'bukan buku kerja Excel (.xlsx)'): SopError {
  return new SopError(
    'unsupported-file',
    `Berkas ini ${what}. Pilih berkas .xlsx yang berisi SOP, atau simpan berkasnya sebagai Buku Kerja Excel (.xlsx) terlebih dahulu.`,
    detail,
  );
}

/**
 * A workbook holding more of something than the importer reads (docs/format.md §7): `what` names
 * where and what was counted (`Lembar "SOP" memiliki`, `sel gabungan`), then the cap and a way out.
 */
export function overLimit(
  where: string,
  what: string,
  found: number,
  limit: number,
  fix: string,
): SopError {
  return new SopError(
    'file-too-large',
    `${where} ${formatCount(found)} ${what}; paling banyak ${formatCount(limit)}. ${fix}`,
    `${what}: ${found} > ${limit}`,
  );
}
