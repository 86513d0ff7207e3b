// Builds one SopDocument and its report from a found SOP: identity, executors from the lanes,
// steps from the table rows and the drawn flow, paper from the page setup. Every guess is a
// warning; nothing is invented silently.

import { emptySop, type Paper, type SopDocument, type Step } from '../../../shared/model';
import { cleanInline, parseStepNumber } from './text';
import type { ImportReport } from '../../../shared/import';
import type { SopPlace, TablePlace } from './find-sops';
import { readFlow } from './flow-read';
import { readIdentity, type IdentityBlock } from './identity-read';
import type { DrawnShape } from './drawing-read';
import type { SheetGrid } from '../ooxml/grid';
import { ReportCollector } from './report';
import { cellAddress } from '../ooxml/sheet-read';
import { readTableRows } from './table-read';
import { PRINT_SETTINGS_NAME, readPrintSettings } from '../ooxml/print-settings';

const PAPERS: Record<number, Paper> = { 9: 'A4', 5: 'Legal', 14: 'F4' };
const MAX_TEXT = 20_000;
const MAX_EXECUTORS = 64;
const MAX_STEPS = 5_000;

export function assembleSop(
  place: SopPlace,
  shapesOf: (grid: SheetGrid) => DrawnShape[],
): { document: SopDocument; report: ImportReport } {
  const report = new ReportCollector();
  const doc = emptySop();
  const sheets: string[] = [];
  // Only this app's exports carry the print settings name: their texts are ours, kept as written.
  const ownExport = place.table?.sheet.names.has(PRINT_SETTINGS_NAME) ?? false;
  if (place.identity) {
    readIdentity(place.identity, doc.identity, report, ownExport);
    sheets.push(place.identity.grid.name);
    noteLogo(place.identity, shapesOf(place.identity.grid), report);
  }
  if (place.table) {
    if (!sheets.includes(place.table.sheet.grid.name)) sheets.push(place.table.sheet.grid.name);
    readTable(place.table, doc, report);
  } else if (place.identity) {
    report.warn(
      place.identity.grid.name,
      null,
      'Identitas SOP ditemukan tanpa tabel diagram alir; SOP diimpor tanpa langkah.',
    );
  }
  clampTexts(doc, report, sheets[0] ?? '');
  return { document: doc, report: report.toReport(doc.identity.name, sheets) };
}

function readTable(table: TablePlace, doc: SopDocument, report: ReportCollector): void {
  const { grid, shapes } = table.sheet;
  const { header } = table;
  const symbolRows = new Set<number>();
  for (const shape of shapes) {
    if (shape.kind !== 'symbol' && shape.kind !== 'picture') continue;
    const { row, col } = grid.cellAt(shape.box.x + shape.box.w / 2, shape.box.y + shape.box.h / 2);
    if (header.lanes.some((lane) => col >= lane.col && col <= lane.right)) symbolRows.add(row);
  }
  const { steps: allRows } = readTableRows(
    grid,
    header,
    table.limit,
    symbolRows,
    table.repeats,
    report,
  );
  if (allRows.length > MAX_STEPS) {
    report.warn(
      grid.name,
      null,
      `Tabel memiliki ${allRows.length} langkah; hanya ${MAX_STEPS} pertama yang dibaca.`,
    );
  }
  const rows = allRows.slice(0, MAX_STEPS);
  const flows = readFlow(grid, header, rows, shapes, report);

  const usedLanes = new Set(flows.flatMap((flow) => flow.lanes));
  const lanes = header.lanes.filter((lane) => {
    if (lane.name || usedLanes.has(lane.col)) return true;
    report.warn(
      grid.name,
      cellAddress(header.bottom, lane.col),
      'Kolom pelaksana tanpa judul dan tanpa simbol; dilewati.',
    );
    return false;
  });
  for (const lane of lanes) {
    if (!lane.name)
      report.warn(
        grid.name,
        cellAddress(header.bottom, lane.col),
        'Kolom pelaksana tanpa judul; nama pelaksana dibiarkan kosong.',
      );
  }
  if (lanes.length > MAX_EXECUTORS) {
    report.warn(
      grid.name,
      null,
      `Tabel memiliki ${lanes.length} kolom pelaksana; hanya ${MAX_EXECUTORS} pertama yang dibaca.`,
    );
  }
  const executorId = new Map<number, string>();
  doc.executors = lanes.slice(0, MAX_EXECUTORS).map((lane, i) => {
    executorId.set(lane.col, `e${i + 1}`);
    return { id: `e${i + 1}`, name: cleanInline(lane.name).slice(0, 500) };
  });

  const id = (index: number | null, from: number): string | null =>
    index === null || index === from + 1 ? null : `s${index + 1}`;
  doc.steps = rows.map((row, index): Step => {
    const flow = flows[index];
    return {
      id: `s${index + 1}`,
      activity: row.activity,
      executors: (flow?.lanes ?? [])
        .map((col) => executorId.get(col))
        .filter((e): e is string => e !== undefined),
      symbol: flow?.symbol ?? 'process',
      yes: flow?.symbol === 'decision' ? id(flow.yes, index) : null,
      no: flow?.symbol === 'decision' ? id(flow.no, index) : null,
      labels: flow?.labels ?? null,
      requirements: row.requirements,
      time: withUnit(row.time, header.timeUnit),
      output: row.output,
      notes: row.notes,
    };
  });
  if (header.timeUnit && header.timeUnit !== 'menit' && header.time !== null) {
    report.warn(
      grid.name,
      cellAddress(header.top, header.time),
      `Judul kolom menyebut satuan "${header.timeUnit}"; angka tanpa satuan diberi satuan itu (angka tanpa satuan biasanya dibaca sebagai menit).`,
    );
  }
  checkNumbers(
    table,
    rows.map((r) => r.numberText),
    rows.map((r) => r.top),
    report,
  );
  if (!doc.identity.name && header.title) {
    doc.identity.name = header.title.text.replace(
      /^(standar operasional prosedur\s*(\(sop\))?|sop)\s*[:\-–]?\s+/i,
      '',
    );
    report.warn(
      grid.name,
      cellAddress(header.title.row, header.title.col),
      `Tidak ada identitas SOP; nama SOP diambil dari judul tabel: "${doc.identity.name}".`,
    );
  } else if (
    header.title &&
    doc.identity.name &&
    cleanInline(header.title.text).toLowerCase() !== doc.identity.name.toLowerCase()
  ) {
    report.warn(
      grid.name,
      cellAddress(header.title.row, header.title.col),
      `Judul tabel "${header.title.text}" berbeda dengan Nama SOP "${doc.identity.name}"; Nama SOP yang dipakai.`,
    );
  } else if (!doc.identity.name) {
    report.warn(grid.name, null, 'Nama SOP tidak ditemukan; isi namanya di editor.');
  }
  const paper = grid.sheet.paperSize === null ? undefined : PAPERS[grid.sheet.paperSize];
  const saved = readPrintSettings(table.sheet.names.get(PRINT_SETTINGS_NAME));
  if (saved) {
    doc.print = saved;
    report.note(
      `Pengaturan cetak (kertas, Paraf Koordinasi, tabel naratif) dibaca dari berkas ekspor aplikasi ini.`,
    );
  } else if (paper) doc.print.paper = paper;
  else {
    report.warn(
      grid.name,
      null,
      `Ukuran kertas lembar ini ${grid.sheet.paperSize === null ? 'tidak diatur' : 'tidak dikenal'}; dipakai F4.`,
    );
  }
  const decisions = doc.steps.filter((s) => s.symbol === 'decision').length;
  report.note(
    `Tabel diagram alir di lembar "${grid.name}" baris ${header.top}–${header.bottom}: ${doc.executors.length} pelaksana, ${doc.steps.length} langkah, ${decisions} keputusan; kertas ${doc.print.paper}.`,
  );
  if (header.activityUnlabelled) {
    report.warn(
      grid.name,
      cellAddress(header.top, header.activity),
      'Judul kolom kegiatan kosong; kolom sesudah "No" dibaca sebagai kegiatan.',
    );
  }
  if (header.timeUnit === 'menit' && header.time !== null) {
    report.note(
      `Judul kolom waktu menyebut menit; angka tanpa satuan dibiarkan seperti tertulis (dibaca sebagai menit).`,
    );
  }
  if (grid.sheet.rowsCut > 0) {
    report.warn(
      grid.name,
      null,
      `Lembar ini memiliki lebih dari ${grid.sheet.maxRow} baris; ${grid.sheet.rowsCut} baris sesudahnya tidak dibaca.`,
    );
  }
}

/** A bare number under `Waktu (jam)` gets the header's unit; `Waktu (menit)` keeps it as written. */
function withUnit(time: string, unit: string | null): string {
  if (!unit || unit === 'menit' || !/^\d+(?:[.,]\d+)?$/.test(time)) return time;
  return `${time} ${unit}`;
}

function checkNumbers(
  table: TablePlace,
  numbers: string[],
  rows: number[],
  report: ReportCollector,
): void {
  const { grid } = table.sheet;
  const col = table.header.number;
  if (col === null) return;
  let previous: number | null = null;
  numbers.forEach((text, i) => {
    const row = rows[i] ?? 0;
    const n = parseStepNumber(text);
    if (text && n === null) {
      report.warn(
        grid.name,
        cellAddress(row, col),
        `Nomor langkah "${text}" bukan angka; langkah dinomori menurut urutan.`,
      );
    } else if (n !== null && previous !== null && n !== previous + 1) {
      report.warn(
        grid.name,
        cellAddress(row, col),
        `Nomor langkah ${n} sesudah ${previous}; langkah dinomori ulang menurut urutan (langkah ${i + 1}).`,
      );
    }
    if (n !== null) previous = n;
  });
}

function noteLogo(block: IdentityBlock, shapes: DrawnShape[], report: ReportCollector): void {
  for (const shape of shapes) {
    if (shape.kind !== 'picture') continue;
    const { row, col } = block.grid.cellAt(shape.box.x, shape.box.y);
    if (row >= block.top && row <= block.bottom) {
      report.warn(
        block.grid.name,
        cellAddress(row, col),
        'Gambar (logo) di identitas tidak diimpor; logo diambil dari profil organisasi di Pengaturan.',
      );
    }
  }
}

function clampTexts(doc: SopDocument, report: ReportCollector, sheet: string): void {
  let clamped = false;
  const clamp = (text: string): string => {
    if (text.length <= MAX_TEXT) return text;
    clamped = true;
    return text.slice(0, MAX_TEXT);
  };
  for (const step of doc.steps) {
    step.activity = clamp(step.activity);
    step.requirements = clamp(step.requirements);
    step.time = clamp(step.time);
    step.output = clamp(step.output);
    step.notes = clamp(step.notes);
  }
  const identity = doc.identity;
  for (const key of [
    'government',
    'agency',
    'unit',
    'number',
    'createdDate',
    'revisionDate',
    'effectiveDate',
    'name',
  ] as const) {
    identity[key] = clamp(identity[key]);
  }
  for (const key of [
    'legalBasis',
    'qualifications',
    'relatedSops',
    'equipment',
    'warnings',
    'records',
  ] as const) {
    identity[key] = identity[key].slice(0, 2_000).map(clamp);
  }
  if (clamped) report.warn(sheet, null, 'Ada teks lebih dari 20.000 karakter; teks dipotong.');
}
