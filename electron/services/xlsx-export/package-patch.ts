// Adds what exceljs cannot write to the package it wrote: each sheet's drawing part with its
// relationships and pictures, the sheet's <drawing r:id> element, the content types, and the
// hidden sheet-scoped defined names. The zip is read with the OOXML toolkit's reader and written
// anew.

import { SopError } from '../../../shared/errors';
import { readPackage } from '../ooxml/package';
import { openZip, type ZipArchive } from '../ooxml/zip-read';
import { writeZip } from '../ooxml/zip-write';
import { escapeXml, writeDrawing } from './drawing-write';
import type { DrawingItem, SheetSpec } from './sheet-spec';

const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const NS_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const EXTENSIONS = { 'image/png': 'png', 'image/jpeg': 'jpeg' } as const;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function addDrawings(bytes: Uint8Array, sheets: SheetSpec[]): Uint8Array {
  const zip = openZip(bytes);
  const pkg = readPackage(zip);
  const parts = new PackageParts(zip);
  sheets.forEach((spec, index) => {
    if (spec.drawing.length === 0) return;
    const entry = pkg.sheets[index];
    if (!entry || entry.name !== spec.name) throw patchError(`sheet ${index} is not ${spec.name}`);
    linkDrawing(parts, entry.path, parts.addDrawing(spec.drawing));
  });
  parts.put('[Content_Types].xml', parts.contentTypes);
  parts.put('xl/workbook.xml', addDefinedNames(parts.text('xl/workbook.xml'), sheets));
  return writeZip(parts.entries());
}

/** The package's parts as they are patched, with its content types and the parts added. */
class PackageParts {
  private readonly files: Record<string, Uint8Array> = {};
  contentTypes: string;
  private drawings = 0;
  private media = 0;

  constructor(zip: ZipArchive) {
    // Folder entries (`xl/`) carry nothing in a package; only parts are kept.
    for (const name of zip.names.filter((n) => !n.endsWith('/'))) {
      this.files[name] = zip.read(name) ?? new Uint8Array(0);
    }
    this.contentTypes = this.text('[Content_Types].xml');
  }

  has(name: string): boolean {
    return this.files[name] !== undefined;
  }

  text(name: string): string {
    const part = this.files[name];
    if (!part) throw patchError(`missing part ${name}`);
    return decoder.decode(part);
  }

  put(name: string, content: string | Uint8Array): void {
    this.files[name] = typeof content === 'string' ? encoder.encode(content) : content;
  }

  entries(): Array<[string, Uint8Array]> {
    return Object.entries(this.files);
  }

  /** Writes the next drawing part with its pictures; returns its path as a sheet refers to it. */
  addDrawing(items: DrawingItem[]): string {
    this.drawings += 1;
    const file = `drawing${this.drawings}.xml`;
    const name = `xl/drawings/${file}`;
    const part = writeDrawing(items);
    this.put(name, part.xml);
    this.contentTypes = addOverride(this.contentTypes, `/${name}`, CT_DRAWING);
    if (part.media.length > 0) {
      const rels = part.media.map((media, i) => {
        this.media += 1;
        const extension = EXTENSIONS[media.mime];
        this.put(`xl/media/image${this.media}.${extension}`, media.data);
        this.contentTypes = addDefault(this.contentTypes, extension, media.mime);
        return relationship(`rId${i + 1}`, REL_IMAGE, `../media/image${this.media}.${extension}`);
      });
      this.put(`xl/drawings/_rels/${file}.rels`, relationships(rels));
    }
    return `../drawings/${file}`;
  }
}

/** The sheet's relationship to its drawing part and the <drawing r:id> element that uses it. */
function linkDrawing(parts: PackageParts, sheetPath: string, target: string): void {
  const relsPath = sheetPath.replace(/([^/]+)$/, '_rels/$1.rels');
  const existing = parts.has(relsPath) ? parts.text(relsPath) : relationships([]);
  const relId = freeRelId(existing);
  parts.put(
    relsPath,
    existing.replace(
      '</Relationships>',
      `${relationship(relId, REL_DRAWING, target)}</Relationships>`,
    ),
  );
  parts.put(sheetPath, insertDrawing(parts.text(sheetPath), relId));
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
}

function relationships(items: string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="${NS_RELS}">${items.join('')}</Relationships>`
  );
}

function freeRelId(rels: string): string {
  let n = 1;
  while (rels.includes(`Id="rId${n}"`)) n += 1;
  return `rId${n}`;
}

/** <drawing> goes after the page setup elements and before legacy drawings and tables (CT_Worksheet). */
function insertDrawing(sheetXml: string, relId: string): string {
  const element = `<drawing r:id="${relId}"/>`;
  const before =
    /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]/.exec(
      sheetXml,
    );
  const at = before ? before.index : sheetXml.lastIndexOf('</worksheet>');
  if (at < 0) throw patchError('worksheet without end tag');
  const withNs = sheetXml.includes('xmlns:r=')
    ? sheetXml
    : sheetXml.replace(
        '<worksheet ',
        '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
      );
  const shift = withNs.length - sheetXml.length;
  return withNs.slice(0, at + shift) + element + withNs.slice(at + shift);
}

function addOverride(types: string, part: string, contentType: string): string {
  if (types.includes(`PartName="${part}"`)) return types;
  return types.replace(
    '</Types>',
    `<Override PartName="${part}" ContentType="${contentType}"/></Types>`,
  );
}

function addDefault(types: string, extension: string, contentType: string): string {
  if (new RegExp(`Extension="${extension}"`, 'i').test(types)) return types;
  return types.replace(
    '</Types>',
    `<Default Extension="${extension}" ContentType="${contentType}"/></Types>`,
  );
}

/** Hidden names scoped to their sheet, each holding a formula (a string constant). */
function addDefinedNames(workbookXml: string, sheets: SheetSpec[]): string {
  const names = sheets.flatMap((spec, index) =>
    spec.names.map(
      ({ name, formula }) =>
        `<definedName name="${name}" localSheetId="${index}" hidden="1">${escapeXml(formula)}</definedName>`,
    ),
  );
  if (names.length === 0) return workbookXml;
  if (workbookXml.includes('</definedNames>')) {
    return workbookXml.replace('</definedNames>', `${names.join('')}</definedNames>`);
  }
  if (workbookXml.includes('<definedNames/>')) {
    return workbookXml.replace('<definedNames/>', `<definedNames>${names.join('')}</definedNames>`);
  }
  return workbookXml.replace(
    /(<calcPr|<oleSize|<customWorkbookViews|<pivotCaches|<extLst|<\/workbook>)/,
    `<definedNames>${names.join('')}</definedNames>$1`,
  );
}

function patchError(detail: string): SopError {
  return new SopError(
    'internal',
    'Berkas Excel tidak dapat disusun karena kesalahan di aplikasi. Laporkan kepada pengembang.',
    detail,
  );
}
