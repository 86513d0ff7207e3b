// The workbook package: which sheets exist (in tab order), where each sheet's XML, drawing and
// the shared strings and styles live, found through the relationship parts as OOXML defines them.

import type { ZipArchive } from './zip-read';
import { attr, child, children, descend, ownText, parseXml, type XmlElement } from './xml';
import { corruptWorkbook, notAWorkbook } from './errors';
import { describeOtherZip } from './container';

export type SheetEntry = {
  name: string;
  path: string;
  hidden: boolean;
  /** Defined names scoped to this sheet (`localSheetId`), by name: their formula text. */
  names: Map<string, string>;
};

export type WorkbookPackage = {
  zip: ZipArchive;
  sheets: SheetEntry[];
  sharedStringsPath: string | null;
  stylesPath: string | null;
  date1904: boolean;
};

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;

export function readPackage(zip: ZipArchive): WorkbookPackage {
  const workbookPath = findWorkbookPath(zip);
  const workbook = readXmlPart(zip, workbookPath);
  if (!workbook) {
    const other = describeOtherZip(zip.names);
    throw other ? notAWorkbook('no workbook part', other) : notAWorkbook('no xl/workbook.xml');
  }
  const rels = readRelationships(zip, workbookPath);
  const root = child(workbook, 'workbook');
  if (!root) throw corruptWorkbook('workbook.xml has no workbook element');
  const sheets: SheetEntry[] = [];
  const scoped = new Map<number, Map<string, string>>();
  for (const definedName of children(child(root, 'definedNames'), 'definedName')) {
    const sheetId = Number(attr(definedName, 'localSheetId'));
    if (!Number.isInteger(sheetId)) continue;
    const names = scoped.get(sheetId) ?? new Map<string, string>();
    names.set(attr(definedName, 'name') ?? '', ownText(definedName));
    scoped.set(sheetId, names);
  }
  for (const [position, sheet] of children(child(root, 'sheets'), 'sheet').entries()) {
    const rel = rels.get(attr(sheet, 'id') ?? '');
    if (!rel || !REL_WORKSHEET.test(rel.type)) continue; // chartsheets and dialog sheets hold no SOP
    sheets.push({
      name: attr(sheet, 'name') ?? '',
      path: rel.target,
      hidden: (attr(sheet, 'state') ?? 'visible') !== 'visible',
      names: scoped.get(position) ?? new Map(),
    });
  }
  const workbookPr = child(root, 'workbookPr');
  const date1904 = ['1', 'true'].includes(attr(workbookPr, 'date1904') ?? '');
  const byType = (pattern: RegExp): string | null =>
    [...rels.values()].find((rel) => pattern.test(rel.type))?.target ?? null;
  return {
    zip,
    sheets,
    sharedStringsPath: byType(REL_SHARED_STRINGS),
    stylesPath: byType(REL_STYLES),
    date1904,
  };
}

export type Relationship = { type: string; target: string };

/** The relationships of a part (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`). */
export function readRelationships(zip: ZipArchive, partPath: string): Map<string, Relationship> {
  const slash = partPath.lastIndexOf('/');
  const dir = partPath.slice(0, slash + 1);
  const relsPath = `${dir}_rels/${partPath.slice(slash + 1)}.rels`;
  const xml = readXmlPart(zip, relsPath);
  const result = new Map<string, Relationship>();
  for (const rel of children(child(xml, 'Relationships'), 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (!id || !target || attr(rel, 'TargetMode') === 'External') continue;
    result.set(id, { type: attr(rel, 'Type') ?? '', target: resolvePath(dir, target) });
  }
  return result;
}

export function readXmlPart(zip: ZipArchive, path: string): XmlElement | undefined {
  const bytes = zip.read(path);
  return bytes ? parseXml(bytes, path, zip.xmlBudget) : undefined;
}

function findWorkbookPath(zip: ZipArchive): string {
  const rels = readXmlPart(zip, '_rels/.rels');
  for (const rel of children(descend(rels, 'Relationships'), 'Relationship')) {
    if (REL_OFFICE_DOCUMENT.test(attr(rel, 'Type') ?? '')) {
      return resolvePath('', attr(rel, 'Target') ?? '');
    }
  }
  return 'xl/workbook.xml';
}

/** Resolves a relationship target against the folder of its source part. */
export function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  return resolved.join('/');
}
