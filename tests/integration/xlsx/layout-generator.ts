// Writes a corpus SOP as a workbook in one of many field layouts (identity arrangement, list
// encoding, header labels and rows, symbol encoding, executor lanes, sheets), in memory, so the
// importer is tested against general rules rather than the examples it was shown.

import type { SopDocument } from '../../../shared/model';
import { writeSteps, type DecisionEncoding, type SymbolEncoding } from './layout-symbols';
import { SheetWriter } from './sheet-writer';
import { buildWorkbook } from './workbook-builder';

export type { DecisionEncoding, SymbolEncoding } from './layout-symbols';

export type IdentityArrangement = 'colon' | 'labelValue' | 'below';
export type ListEncoding =
  'rows' | 'numbered' | 'parenthesised' | 'lettered' | 'dashes' | 'bullets' | 'plain';

export type HeaderStyle = {
  case: 'as-is' | 'upper' | 'lower';
  activity: string;
  executors: string;
  quality: string;
  requirements: string;
  titleRows: boolean;
  numberRow: boolean;
};

export type Layout = {
  identity: IdentityArrangement;
  lists: ListEncoding;
  header: HeaderStyle;
  symbols: SymbolEncoding;
  /** Decision exits carried: connectors for shapes, `Ke #n` texts for styled cells; marks none. */
  decisions: DecisionEncoding;
  laneWidth: 1 | 3;
  twoSheets: boolean;
};

export const IDENTITY_ARRANGEMENTS: IdentityArrangement[] = ['colon', 'labelValue', 'below'];
export const LIST_ENCODINGS: ListEncoding[] = [
  'rows',
  'numbered',
  'parenthesised',
  'lettered',
  'dashes',
  'bullets',
  'plain',
];

/** Header spellings seen in the field, combined so every spelling appears with every case. */
export const HEADER_STYLES: HeaderStyle[] = [
  ['as-is', 'Kegiatan', 'Pelaksana', 'Mutu Baku', 'Kelengkapan', false, false],
  ['upper', 'Uraian Prosedur', 'Pelaksana', 'MUTU BAKU', 'Persyaratan/Kelengkapan', true, true],
  ['lower', 'Aktivitas', 'Pelaksanaan', 'Mutu Buku', 'Kelengkapan', true, false],
  ['as-is', 'Uraian Kegiatan', 'Pelaksanaan', 'Mutu Buku', 'Persyaratan/Kelengkapan', false, true],
  ['upper', 'Kegiatan', 'Pelaksanaan', 'Mutu Baku', 'Kelengkapan', false, false],
  ['lower', 'Uraian Prosedur', 'Pelaksana', 'MUTU BAKU', 'Persyaratan/Kelengkapan', true, true],
].map(([c, activity, executors, quality, requirements, titleRows, numberRow]) => ({
  case: c as HeaderStyle['case'],
  activity: activity as string,
  executors: executors as string,
  quality: quality as string,
  requirements: requirements as string,
  titleRows: titleRows as boolean,
  numberRow: numberRow as boolean,
}));

const SYMBOL_ENCODINGS: SymbolEncoding[] = ['shapes', 'marks', 'styled'];

/** Marks carry no exits; shapes and styled cells are written with and without them. */
function decisionsOf(symbols: SymbolEncoding): DecisionEncoding[] {
  return symbols === 'marks' ? ['none'] : ['none', 'drawn'];
}

/** Every combination, in a fixed order. */
export function allLayouts(): Layout[] {
  const layouts: Layout[] = [];
  for (const identity of IDENTITY_ARRANGEMENTS)
    for (const lists of LIST_ENCODINGS)
      for (const header of HEADER_STYLES)
        for (const symbols of SYMBOL_ENCODINGS)
          for (const decisions of decisionsOf(symbols))
            for (const laneWidth of [1, 3] as const)
              layouts.push({
                identity,
                lists,
                header,
                symbols,
                decisions,
                laneWidth,
                twoSheets: (layouts.length >> 2) % 2 === 1,
              });
  return layouts;
}

export function describeLayout(layout: Layout): string {
  const h = layout.header;
  return [
    layout.identity,
    layout.lists,
    `${h.case}/${h.activity}/${h.executors}/${h.quality}/${h.requirements}${h.titleRows ? '/titles' : ''}${h.numberRow ? '/numbers' : ''}`,
    layout.symbols,
    `decisions ${layout.decisions}`,
    `lane ${layout.laneWidth}`,
    layout.twoSheets ? 'two sheets' : 'one sheet',
  ].join(' · ');
}

export function writeLayout(doc: SopDocument, layout: Layout): Uint8Array {
  const first = new SheetWriter();
  writeIdentity(first, doc, layout);
  if (layout.twoSheets) {
    const second = new SheetWriter();
    writeTable(second, doc, layout);
    return buildWorkbook([first.sheet('Identitas'), second.sheet('Diagram Alir')]);
  }
  first.row += 2;
  writeTable(first, doc, layout);
  return buildWorkbook([first.sheet('SOP')]);
}

const LIST_LABELS = [
  ['legalBasis', 'Dasar Hukum'],
  ['qualifications', 'Kualifikasi Pelaksana'],
  ['relatedSops', 'Keterkaitan'],
  ['equipment', 'Peralatan/Perlengkapan'],
  ['warnings', 'Peringatan'],
  ['records', 'Pencatatan dan Pendataan'],
] as const;

const SCALAR_LABELS = [
  ['number', 'Nomor SOP'],
  ['createdDate', 'Tanggal Pembuatan'],
  ['revisionDate', 'Tanggal Revisi'],
  ['effectiveDate', 'Tanggal Efektif'],
] as const;

const ENUMERATION = /^(?:\(?\d{1,2}[.),]|\(?[a-zA-Z][.)]|[-–•·*▪●])\s/;

/** Enumerated lists in one cell: long items wrap onto a continuation line, as clerks type them. */
export function wrapsItems(encoding: ListEncoding): boolean {
  return encoding !== 'rows' && encoding !== 'plain';
}

/**
 * A long item with a line break at a space after 50 characters, where the continuation does not
 * itself look like an enumeration (the importer keeps the break and joins the line to its item).
 */
export function wrapItem(item: string): string {
  if (item.length <= 70) return item;
  for (let at = item.indexOf(' ', 50); at > 0; at = item.indexOf(' ', at + 1)) {
    const rest = item.slice(at + 1);
    if (rest.length > 0 && !ENUMERATION.test(rest)) return `${item.slice(0, at)}\n${rest}`;
  }
  return item;
}

/** A list's items in one cell, in the given encoding. */
export function encodeList(items: readonly string[], encoding: ListEncoding): string {
  const marker = (i: number): string => {
    switch (encoding) {
      case 'numbered':
        return `${i + 1}. `;
      case 'parenthesised':
        return `${i + 1}) `;
      case 'lettered':
        return `${String.fromCharCode(97 + (i % 26))}. `;
      case 'dashes':
        return '- ';
      case 'bullets':
        return '• ';
      default:
        return '';
    }
  };
  const wrap = wrapsItems(encoding) ? wrapItem : (item: string): string => item;
  return items.map((item, i) => `${marker(i)}${wrap(item)}`).join('\n');
}

function writeIdentity(w: SheetWriter, doc: SopDocument, layout: Layout): void {
  const id = doc.identity;
  if (layout.identity === 'labelValue') {
    writeLabelValueIdentity(w, doc, layout);
    return;
  }
  for (const line of [id.government, id.agency, id.unit]) w.put(0, w.row++, line);
  w.row++;
  const pair = (label: string, value: string): void => {
    // Values span merged cells, as in most hand-made workbooks.
    if (layout.identity === 'colon') {
      w.put(0, w.row, label);
      w.put(1, w.row, ':');
      w.put(2, w.row, value);
      w.merge(2, w.row, 5, w.row++);
    } else {
      w.put(0, w.row++, label);
      w.put(0, w.row, value);
      w.merge(0, w.row, 3, w.row++);
    }
  };
  for (const [field, label] of SCALAR_LABELS) pair(label, id[field]);
  writeApprover(w, id.approvedBy, layout.identity);
  pair('Nama SOP', id.name);
  for (const [field, label] of LIST_LABELS) {
    w.row++;
    w.put(0, w.row++, label);
    const items = id[field];
    if (layout.lists === 'rows') for (const item of items) w.put(0, w.row++, item);
    else w.put(0, w.row++, encodeList(items, layout.lists));
  }
}

/** Title beside the label, the signature space, then name and NIP; or all in the cell below. */
function writeApprover(
  w: SheetWriter,
  approver: SopDocument['identity']['approvedBy'],
  arrangement: IdentityArrangement,
): void {
  const nameLines = [approver.name, approver.nip && `NIP. ${approver.nip}`].filter(Boolean);
  if (arrangement === 'below') {
    w.put(0, w.row++, 'Disahkan oleh');
    const signed = nameLines.length ? `\n\n\n${nameLines.join('\n')}` : '';
    w.put(0, w.row++, `${approver.title}${signed}`);
    return;
  }
  w.put(0, w.row, 'Disahkan oleh');
  w.put(2, w.row, approver.title);
  w.row += 3;
  for (const line of nameLines) w.put(2, w.row++, line);
}

/** Two columns, one row per item: label | value; a list's rows continue in the value column. */
function writeLabelValueIdentity(w: SheetWriter, doc: SopDocument, layout: Layout): void {
  const id = doc.identity;
  const pair = (label: string, value: string): void => {
    w.put(0, w.row, label);
    w.put(1, w.row++, value);
  };
  pair('Pemerintah', id.government);
  pair('Instansi', id.agency);
  pair('Unit Kerja', id.unit);
  for (const [field, label] of SCALAR_LABELS) pair(label, id[field]);
  pair('Disahkan oleh', id.approvedBy.title);
  pair('Nama Pejabat', id.approvedBy.name);
  pair('NIP', id.approvedBy.nip);
  pair('Nama SOP', id.name);
  for (const [field, label] of LIST_LABELS) {
    const items = id[field];
    w.put(0, w.row, label);
    if (layout.lists === 'rows') {
      if (items.length === 0) w.row++;
      for (const item of items) w.put(1, w.row++, item);
    } else {
      w.put(1, w.row++, encodeList(items, layout.lists));
    }
  }
}

const cased = (text: string, style: HeaderStyle): string =>
  style.case === 'upper' ? text.toUpperCase() : style.case === 'lower' ? text.toLowerCase() : text;

/** The header (group cells over lanes and Mutu Baku), then the steps in the layout's symbols. */
function writeTable(w: SheetWriter, doc: SopDocument, layout: Layout): void {
  const h = layout.header;
  const lanes = doc.executors.length;
  const laneCol = (lane: number): number => 2 + lane * layout.laneWidth;
  const quality = laneCol(lanes);
  const notesCol = quality + 3;
  if (h.titleRows) {
    w.put(0, w.row++, 'STANDAR OPERASIONAL PROSEDUR');
    w.put(0, w.row++, doc.identity.name.toUpperCase());
  }
  const top = w.row;
  w.put(0, top, cased('No', h));
  w.put(1, top, cased(h.activity, h));
  w.put(2, top, cased(h.executors, h));
  w.put(quality, top, cased(h.quality, h));
  w.put(notesCol, top, cased('Keterangan', h));
  for (const c of [0, 1, notesCol]) w.merge(c, top, c, top + 1);
  w.merge(2, top, quality - 1, top);
  w.merge(quality, top, quality + 2, top);
  doc.executors.forEach((executor, lane) => {
    // Web SOP builders write the executor headers in capitals.
    const name = layout.symbols === 'styled' ? executor.name.toUpperCase() : executor.name;
    w.put(laneCol(lane), top + 1, name);
    w.merge(laneCol(lane), top + 1, laneCol(lane) + layout.laneWidth - 1, top + 1);
  });
  w.put(quality, top + 1, cased(h.requirements, h));
  w.put(quality + 1, top + 1, cased('Waktu', h));
  w.put(quality + 2, top + 1, cased('Output', h));
  w.row = top + 2;
  if (h.numberRow) {
    for (let c = 0; c <= notesCol; c++) w.put(c, w.row, c + 1);
    w.row++;
  }
  writeSteps(w, doc, layout, { laneCol, quality, notes: notesCol });
}
