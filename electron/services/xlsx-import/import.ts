// Entry point of the Excel import: checks the container, reads the workbook's sheets and drawings
// within fixed limits, finds every SOP and returns each as a document with its import report.
// Unusable files end in a SopError whose message says what to do.
//
// Choices made on import, each reported where it applies: cell text is kept as written (spacing
// tidied), so a bare number under `Waktu (menit)` stays a bare number (bare numbers mean minutes)
// while under `Waktu (jam)`/`(hari)` the header's unit is appended; steps are numbered by their
// order (skipped or repeated printed numbers are reported); the first PNG or JPEG picture in the
// identity is the logo (other pictures there are reported); 18 ungrouped NIP digits are grouped.

import { SopError, isSopError } from '../../../shared/errors';
import type { ImportResult, ImportWarning } from '../../../shared/import';
import { MAX_SHARED_STRINGS, MAX_SHEETS } from '../../../shared/limits';
import { parseSopValue } from '../../../shared/model';
import { readDateStyles, readSharedStrings, type CellContext } from '../ooxml/cell-value';
import { readCellLooks } from '../ooxml/cell-style';
import { checkContainer } from '../ooxml/container';
import { LIBRARY_REF_NAME, readLibraryRef, REGISTER_MARK_NAME } from '../ooxml/library-ref';
import { overLimit } from '../ooxml/errors';
import { SheetGrid } from '../ooxml/grid';
import { readPackage, readXmlPart, type WorkbookPackage } from '../ooxml/package';
import { readSheet } from '../ooxml/sheet-read';
import { countElements, parseXmlText } from '../ooxml/xml';
import { DEFAULT_ZIP_LIMITS, openZip, type ZipArchive, type ZipLimits } from '../ooxml/zip-read';
import { assembleSop } from './assemble';
import { readDrawing, type DrawnShape } from './drawing-read';
import { findSops, type SheetContent, type SopPlace } from './find-sops';

export type ImportOptions = { limits?: Partial<ZipLimits> };

export async function importWorkbook(
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    return readWorkbook(bytes, options);
  } catch (error) {
    if (isSopError(error)) throw error;
    throw new SopError(
      'internal',
      'Berkas Excel ini tidak dapat dibaca karena kesalahan di aplikasi. Simpan ulang berkasnya dari Excel dan coba lagi; bila tetap gagal, laporkan berkas ini kepada pengembang.',
      error instanceof Error ? (error.stack ?? error.message) : String(error),
    );
  }
}

function readWorkbook(bytes: Uint8Array, options: ImportOptions): ImportResult {
  checkContainer(bytes);
  const zip = openZip(bytes, { ...DEFAULT_ZIP_LIMITS, ...options.limits });
  const pkg = readPackage(zip);
  const notes: ImportWarning[] = [];
  const sheets = readSheets(pkg, notes);
  const places = findSops(sheets);
  if (places.length === 0) throw noSopFound(`${sheets.length} sheets, no table or identity`);
  const shapesByGrid = new Map<SheetGrid, DrawnShape[]>(sheets.map((s) => [s.grid, s.shapes]));
  const assembled = places.map((place) => {
    const { document, report, flowchart } = assembleSop(place, {
      shapesOf: (grid) => shapesByGrid.get(grid) ?? [],
      media: zip,
    });
    // The assembled document passes the same validation as an opened .sop.json file.
    const library = readLibraryRef(place.table?.sheet.names.get(LIBRARY_REF_NAME));
    return {
      document: parseSopValue(document),
      report,
      sopAp: flowchart || hasSopIdentity(place),
      ...(library ? { library } : {}),
    };
  });
  if (!assembled.some((sop) => sop.sopAp)) {
    throw notSopAp(`${places.length} candidate tables or identities, none an SOP AP`);
  }
  const sops = assembled.map(({ sopAp: _sopAp, ...sop }) => sop);
  const usedSheets = new Set(sops.flatMap((sop) => sop.report.sheets));
  for (const sheet of sheets) {
    if (!usedSheets.has(sheet.grid.name)) {
      notes.push({
        kind: 'note',
        sheet: sheet.grid.name,
        cell: null,
        message: 'Lembar ini tidak berisi SOP; dilewati.',
      });
    }
  }
  return { sops, notes };
}

/** The visible sheets with their cells and drawn shapes, at most MAX_SHEETS; skips are noted. */
function readSheets(pkg: WorkbookPackage, notes: ImportWarning[]): SheetContent[] {
  const { zip } = pkg;
  const context = cellContext(pkg);
  const sheets: SheetContent[] = [];
  let cells = 0;
  // The Daftar SOP register of a bureau workbook is not read, so it does not count either: a
  // workbook of 100 SOPs (201 sheets) is read whole.
  const entries = [...pkg.sheets.entries()].filter(([, entry]) => {
    if (!entry.names.has(REGISTER_MARK_NAME)) return true;
    notes.push({
      kind: 'note',
      sheet: entry.name,
      cell: null,
      message: 'Lembar ini daftar SOP buku kerja ekspor aplikasi ini, bukan SOP; dilewati.',
    });
    return false;
  });
  for (const [index, entry] of entries.slice(0, MAX_SHEETS)) {
    if (entry.hidden) {
      notes.push({
        kind: 'note',
        sheet: entry.name,
        cell: null,
        message: 'Lembar tersembunyi; tidak dibaca.',
      });
      continue;
    }
    const sheet = readSheet(zip, entry.name, entry.path, context, cells);
    if (!sheet) {
      notes.push({
        kind: 'loss',
        sheet: entry.name,
        cell: null,
        message: 'Isi lembar tidak ada di berkas; dilewati.',
      });
      continue;
    }
    cells += sheet.cellCount;
    const grid = new SheetGrid(sheet);
    const drawing = sheet.drawingPath
      ? readDrawing(zip, sheet.drawingPath, grid)
      : { shapes: [], skipped: null };
    sheets.push({
      index,
      grid,
      shapes: drawing.shapes,
      drawingSkipped: drawing.skipped,
      names: entry.names,
    });
  }
  if (entries.length > MAX_SHEETS) {
    notes.push({
      kind: 'loss',
      sheet: entries[MAX_SHEETS]?.[1].name ?? '',
      cell: null,
      message: `Buku kerja memiliki ${entries.length} lembar; hanya ${MAX_SHEETS} pertama yang dibaca.`,
    });
  }
  return sheets;
}

/**
 * What every cell's value needs: the shared strings, the date styles and the date system; and
 * each style's border and fill (symbols drawn as styled cells).
 */
function cellContext(pkg: WorkbookPackage): CellContext {
  const { zip } = pkg;
  const styles = pkg.stylesPath ? readXmlPart(zip, pkg.stylesPath) : undefined;
  return {
    sharedStrings: pkg.sharedStringsPath ? sharedStrings(zip, pkg.sharedStringsPath) : [],
    styles: readDateStyles(styles),
    date1904: pkg.date1904,
    looks: readCellLooks(styles),
  };
}

/**
 * The shared strings, refused over MAX_SHARED_STRINGS before they are parsed: reading only the
 * first ones would leave the cells that use later ones empty without a word.
 */
function sharedStrings(zip: ZipArchive, path: string): string[] {
  const bytes = zip.read(path);
  if (!bytes) return [];
  const text = new TextDecoder().decode(bytes);
  const count = countElements(text, ['si']);
  if (count > MAX_SHARED_STRINGS) {
    throw overLimit(
      'Buku kerja ini memiliki',
      'teks berbeda',
      count,
      MAX_SHARED_STRINGS,
      'Pecah buku kerja menjadi beberapa berkas, lalu impor lagi.',
    );
  }
  return readSharedStrings(parseXmlText(text, path, zip.xmlBudget));
}

/** Identity fields only an SOP AP has; dates, approver and sections such as Tujuan are common. */
const SOP_IDENTITY_FIELDS = new Set([
  'number',
  'name',
  'legalBasis',
  'qualifications',
  'relatedSops',
  'warnings',
  'records',
]);

/**
 * An SOP AP has a flowchart table whose executors are drawn or marked in their lanes, or an
 * identity naming a field of its own (Nomor SOP, Nama SOP, Dasar Hukum …). A quality-manual
 * template (a procedure table with a Penanggung Jawab text column, Tujuan, Ruang Lingkup) is
 * neither.
 */
function hasSopIdentity(place: SopPlace): boolean {
  return place.identity?.hits.some((hit) => SOP_IDENTITY_FIELDS.has(hit.field)) ?? false;
}

function notSopAp(detail: string): SopError {
  return new SopError(
    'unsupported-file',
    'Berkas ini bukan SOP AP: tidak ada tabel diagram alir yang pelaksananya ditandai (simbol atau tanda di kolom pelaksana) maupun identitas SOP (Nomor SOP, Nama SOP, Dasar Hukum). Tidak ada yang diimpor. Periksa apakah berkas yang dipilih benar.',
    detail,
  );
}

function noSopFound(detail: string): SopError {
  return new SopError(
    'unsupported-file',
    'Tidak ditemukan SOP di buku kerja ini: tidak ada tabel diagram alir (judul kolom seperti No, Kegiatan, Pelaksana, Mutu Baku) maupun identitas SOP (Nomor SOP, Nama SOP). Periksa apakah berkas yang dipilih benar.',
    detail,
  );
}
