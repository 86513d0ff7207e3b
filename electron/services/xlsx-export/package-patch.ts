// Adds what exceljs cannot write to the package it wrote: each sheet's drawing part with its
// relationships and pictures, the sheet's <drawing r:id> element, the content types, and the
// hidden sheet-scoped defined names. The zip is read with the OOXML toolkit's reader and written
// anew.

import { SopError } from '../../../shared/errors';
import { readPackage } from '../ooxml/package';
import { openZip } from '../ooxml/zip-read';
import { escapeXml, writeDrawing } from './drawing-write';
import type { SheetSpec } from './sheet-spec';
import { writeZip } from '../ooxml/zip-write';

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
  const files: Record<string, Uint8Array> = {};
  // Folder entries (`xl/`) carry nothing in a package; only parts are kept.
  for (const name of zip.names.filter((n) => !n.endsWith('/'))) {
    files[name] = zip.read(name) ?? new Uint8Array(0);
  }
  const text = (name: string): string => {
    const part = files[name];
    if (!part) throw patchError(`missing part ${name}`);
    return decoder.decode(part);
  };
  const put = (name: string, content: string | Uint8Array): void => {
    files[name] = typeof content === 'string' ? encoder.encode(content) : content;
  };

  let contentTypes = text('[Content_Types].xml');
  let drawingCount = 0;
  let mediaCount = 0;
  sheets.forEach((spec, index) => {
    if (spec.drawing.length === 0) return;
    const entry = pkg.sheets[index];
    if (!entry || entry.name !== spec.name) throw patchError(`sheet ${index} is not ${spec.name}`);
    drawingCount += 1;
    const drawingName = `xl/drawings/drawing${drawingCount}.xml`;
    const part = writeDrawing(spec.drawing);
    put(drawingName, part.xml);
    contentTypes = addOverride(contentTypes, `/${drawingName}`, CT_DRAWING);
    if (part.media.length > 0) {
      const rels = part.media.map((media, i) => {
        mediaCount += 1;
        const extension = EXTENSIONS[media.mime];
        put(`xl/media/image${mediaCount}.${extension}`, media.data);
        contentTypes = addDefault(contentTypes, extension, media.mime);
        return relationship(`rId${i + 1}`, REL_IMAGE, `../media/image${mediaCount}.${extension}`);
      });
      put(`xl/drawings/_rels/drawing${drawingCount}.xml.rels`, relationships(rels));
    }
    const sheetPath = entry.path;
    const relsPath = sheetPath.replace(/([^/]+)$/, '_rels/$1.rels');
    const existing = files[relsPath] ? text(relsPath) : relationships([]);
    const relId = freeRelId(existing);
    put(
      relsPath,
      existing.replace(
        '</Relationships>',
        `${relationship(relId, REL_DRAWING, `../drawings/drawing${drawingCount}.xml`)}</Relationships>`,
      ),
    );
    put(sheetPath, insertDrawing(text(sheetPath), relId));
  });
  put('[Content_Types].xml', contentTypes);
  put('xl/workbook.xml', addDefinedNames(text('xl/workbook.xml'), sheets));
  return writeZip(Object.entries(files));
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
