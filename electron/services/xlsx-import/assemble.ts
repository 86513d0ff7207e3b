// Builds one SopDocument and its report from a found SOP: identity, executors from the lanes,
// steps from the table rows and the drawn flow, paper from the page setup. Every guess is a
// warning; nothing is invented silently.

import type { ImportReport } from '../../../shared/import';
import { fitToDocumentLimits } from '../../../shared/import/limits';
import { MAX_STEPS } from '../../../shared/limits';
import { emptySop, type Executor, type SopDocument, type Step } from '../../../shared/model';
import type { SheetGrid } from '../ooxml/grid';
import { paperOfCode } from '../ooxml/paper';
import { PRINT_SETTINGS_NAME, readPrintSettings } from '../ooxml/print-settings';
import { cellAddress } from '../ooxml/sheet-read';
import type { DrawnShape } from './drawing-read';
import type { SopPlace, TablePlace } from './find-sops';
import { readFlow, type StepFlow } from './flow-read';
import type { TableHeader } from './header-read';
import { readIdentity } from './identity-read';
import { readLogo, type MediaSource } from './logo-read';
import { ReportCollector } from './report';
import { readTableRows, type StepRows } from './table-read';
import { cleanInline, parseStepNumber } from '../../../shared/import/text';

/** What an SOP is read from besides its cells: each sheet's drawn shapes and the image parts. */
export type WorkbookDrawings = {
  shapesOf: (grid: SheetGrid) => DrawnShape[];
  media: MediaSource;
};

export function assembleSop(
  place: SopPlace,
  drawings: WorkbookDrawings,
): { document: SopDocument; report: ImportReport; flowchart: boolean } {
  const report = new ReportCollector();
  const doc = emptySop();
  const sheets: string[] = [];
  // Only this app's exports carry the print settings name: their texts are ours, kept as written.
  const ownExport = place.table?.sheet.names.has(PRINT_SETTINGS_NAME) ?? false;
  if (place.identity) {
    readIdentity(place.identity, doc.identity, report, ownExport);
    sheets.push(place.identity.grid.name);
    const shapes = drawings.shapesOf(place.identity.grid);
    doc.identity.logo = readLogo(place.identity, shapes, drawings.media, report);
  }
  let table = { flowchart: false, stepsFound: 0 };
  if (place.table) {
    if (!sheets.includes(place.table.sheet.grid.name)) sheets.push(place.table.sheet.grid.name);
    table = readTable(place.table, doc, report);
  } else if (place.identity) {
    report.warn(
      'loss',
      place.identity.grid.name,
      null,
      'Identitas SOP ditemukan tanpa tabel diagram alir; SOP diimpor tanpa langkah.',
    );
  }
  keepWithinLimits(place, doc, table.stepsFound, report);
  const result = report.toReport(doc.identity.name, sheets);
  return { document: doc, report: result, flowchart: table.flowchart };
}

/**
 * The flowchart table: its steps and executors, the SOP's name if the identity had none, paper.
 * `flowchart` when some step's executor is drawn or marked, as in an SOP AP flowchart;
 * `stepsFound` counts the step rows, read or not.
 */
function readTable(
  table: TablePlace,
  doc: SopDocument,
  report: ReportCollector,
): { flowchart: boolean; stepsFound: number } {
  const { grid, shapes } = table.sheet;
  const { header } = table;
  const { rows, found } = readStepRows(table, report);
  const flows = readFlow(grid, header, rows, shapes, report);
  activityFromSymbols(table, rows, flows, report);
  const executorOfLane = readExecutors(table, flows, doc, report);
  doc.steps = rows.map((row, index) => toStep(row, index, flows[index], executorOfLane, header));
  if (header.timeUnit && header.timeUnit !== 'menit' && header.time !== null) {
    report.warn(
      'note',
      grid.name,
      cellAddress(header.top, header.time),
      `Judul kolom menyebut satuan "${header.timeUnit}"; angka tanpa satuan diberi satuan itu (angka tanpa satuan biasanya dibaca sebagai menit).`,
    );
  }
  checkNumbers(table, rows, report);
  readName(table, doc, report);
  readPaper(table, doc, report);
  noteTable(table, doc, found, report);
  return {
    flowchart: flows.some((flow) => flow.marked && flow.lanes.length > 0),
    stepsFound: found,
  };
}

/**
 * The step rows; rows holding a drawn symbol count even without text. Only the first MAX_STEPS
 * are read further (their flow and symbols): the rest would be cut by the document limits anyway.
 */
function readStepRows(
  table: TablePlace,
  report: ReportCollector,
): { rows: StepRows[]; found: number } {
  const { grid, shapes } = table.sheet;
  const { header } = table;
  const symbolRows = new Set<number>();
  for (const shape of shapes) {
    if (shape.kind !== 'symbol' && shape.kind !== 'picture') continue;
    const { row, col } = grid.cellAt(shape.box.x + shape.box.w / 2, shape.box.y + shape.box.h / 2);
    if (header.lanes.some((lane) => col >= lane.col && col <= lane.right)) symbolRows.add(row);
  }
  const steps = readTableRows(grid, header, table.limit, symbolRows, table.repeats, report);
  return { rows: steps.slice(0, MAX_STEPS), found: steps.length };
}

/**
 * The executors: one per lane that has a title or a symbol (the document limits cut a wider
 * table). Returns each lane's executor id by the lane's column.
 */
function readExecutors(
  table: TablePlace,
  flows: StepFlow[],
  doc: SopDocument,
  report: ReportCollector,
): Map<number, string> {
  const { grid } = table.sheet;
  const { header } = table;
  const usedLanes = new Set(flows.flatMap((flow) => flow.lanes));
  const lanes = header.lanes.filter((lane) => {
    if (lane.name || usedLanes.has(lane.col)) return true;
    report.warn(
      'note',
      grid.name,
      cellAddress(header.bottom, lane.col),
      'Kolom pelaksana tanpa judul dan tanpa simbol; dilewati.',
    );
    return false;
  });
  for (const lane of lanes) {
    if (!lane.name)
      report.warn(
        'note',
        grid.name,
        cellAddress(header.bottom, lane.col),
        'Kolom pelaksana tanpa judul; nama pelaksana dibiarkan kosong.',
      );
  }
  const executorOfLane = new Map<number, string>();
  doc.executors = lanes.map((lane, i): Executor => {
    executorOfLane.set(lane.col, `e${i + 1}`);
    return { id: `e${i + 1}`, name: cleanInline(lane.name) };
  });
  return executorOfLane;
}

/** A step row with an empty Kegiatan takes the activity its styled symbol cell holds. */
function activityFromSymbols(
  table: TablePlace,
  rows: StepRows[],
  flows: StepFlow[],
  report: ReportCollector,
): void {
  rows.forEach((row, index) => {
    const text = flows[index]?.symbolText;
    if (row.activity || !text) return;
    row.activity = text;
    report.warn(
      'note',
      table.sheet.grid.name,
      cellAddress(row.top, table.header.activity),
      `Kolom kegiatan langkah ${index + 1} kosong; kegiatan diambil dari teks simbolnya.`,
    );
  });
}

/** One step from its rows and drawn flow; a decision exit to the next step is stored as null. */
function toStep(
  row: StepRows,
  index: number,
  flow: StepFlow | undefined,
  executorOfLane: Map<number, string>,
  header: TableHeader,
): Step {
  const exit = (target: number | null): string | null =>
    target === null || target === index + 1 ? null : `s${target + 1}`;
  const decision = flow?.symbol === 'decision';
  return {
    id: `s${index + 1}`,
    activity: row.activity,
    executors: (flow?.lanes ?? [])
      .map((col) => executorOfLane.get(col))
      .filter((e): e is string => e !== undefined),
    symbol: flow?.symbol ?? 'process',
    yes: decision ? exit(flow.yes) : null,
    no: decision ? exit(flow.no) : null,
    labels: flow?.labels ?? null,
    requirements: row.requirements,
    time: withUnit(row.time, header.timeUnit),
    output: row.output,
    notes: row.notes,
  };
}

/** A bare number under `Waktu (jam)` gets the header's unit; `Waktu (menit)` keeps it as written. */
function withUnit(time: string, unit: string | null): string {
  if (!unit || unit === 'menit' || !/^\d+(?:[.,]\d+)?$/.test(time)) return time;
  return `${time} ${unit}`;
}

/** Steps are numbered by their order; printed numbers that are not 1, 2, 3 … are reported. */
function checkNumbers(table: TablePlace, rows: StepRows[], report: ReportCollector): void {
  const { grid } = table.sheet;
  const col = table.header.number;
  if (col === null) return;
  let previous: number | null = null;
  rows.forEach(({ numberText: text, top: row }, i) => {
    const n = parseStepNumber(text);
    if (text && n === null) {
      report.warn(
        'note',
        grid.name,
        cellAddress(row, col),
        `Nomor langkah "${text}" bukan angka; langkah dinomori menurut urutan.`,
      );
    } else if (n !== null && previous !== null && n !== previous + 1) {
      report.warn(
        'note',
        grid.name,
        cellAddress(row, col),
        `Nomor langkah ${n} sesudah ${previous}; langkah dinomori ulang menurut urutan (langkah ${i + 1}).`,
      );
    }
    if (n !== null) previous = n;
  });
}

/** Without an identity the table title names the SOP; a title that differs is reported. */
function readName(table: TablePlace, doc: SopDocument, report: ReportCollector): void {
  const { grid } = table.sheet;
  const { title } = table.header;
  if (!doc.identity.name && title) {
    doc.identity.name = title.text.replace(
      /^(standar operasional prosedur\s*(\(sop\))?|sop)\s*[:\-–]?\s+/i,
      '',
    );
    report.warn(
      'note',
      grid.name,
      cellAddress(title.row, title.col),
      `Tidak ada identitas SOP; nama SOP diambil dari judul tabel: "${doc.identity.name}".`,
    );
  } else if (
    title &&
    doc.identity.name &&
    cleanInline(title.text).toLowerCase() !== doc.identity.name.toLowerCase()
  ) {
    report.warn(
      'note',
      grid.name,
      cellAddress(title.row, title.col),
      `Judul tabel "${title.text}" berbeda dengan Nama SOP "${doc.identity.name}"; Nama SOP yang dipakai.`,
    );
  } else if (!doc.identity.name) {
    report.warn('note', grid.name, null, 'Nama SOP tidak ditemukan; isi namanya di editor.');
  }
}

/** The print settings of this app's own export, else the paper of the sheet's page setup. */
function readPaper(table: TablePlace, doc: SopDocument, report: ReportCollector): void {
  const { grid } = table.sheet;
  const { paperSize } = grid.sheet;
  const paper = paperSize === null ? undefined : paperOfCode(paperSize);
  const saved = readPrintSettings(table.sheet.names.get(PRINT_SETTINGS_NAME));
  if (saved) {
    doc.print = saved;
    report.note(
      `Pengaturan cetak (kertas, Paraf Koordinasi, tabel naratif) dibaca dari berkas ekspor aplikasi ini.`,
    );
  } else if (paper) doc.print.paper = paper;
  else {
    report.warn(
      'note',
      grid.name,
      null,
      `Ukuran kertas lembar ini ${paperSize === null ? 'tidak diatur' : 'tidak dikenal'}; dipakai F4.`,
    );
  }
}

/** What the table holds (before the limits cut it), how its header and size were read. */
function noteTable(
  table: TablePlace,
  doc: SopDocument,
  stepsFound: number,
  report: ReportCollector,
): void {
  const { grid } = table.sheet;
  const { header } = table;
  const decisions = doc.steps.filter((s) => s.symbol === 'decision').length;
  report.note(
    `Tabel diagram alir di lembar "${grid.name}" baris ${header.top}–${header.bottom}: ${doc.executors.length} pelaksana, ${stepsFound} langkah, ${decisions} keputusan; kertas ${doc.print.paper}.`,
  );
  if (header.activityUnlabelled) {
    report.warn(
      'note',
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
  if (table.sheet.drawingSkipped) report.warn('loss', grid.name, null, table.sheet.drawingSkipped);
  if (grid.sheet.rowsCut > 0) {
    report.warn(
      'loss',
      grid.name,
      null,
      `Lembar ini memiliki lebih dari ${grid.sheet.maxRow} baris; ${grid.sheet.rowsCut} baris sesudahnya tidak dibaca.`,
    );
  }
}

/**
 * The document cut to its limits by the importers' one rule, each cut reported on the sheet of
 * the part it is in (the identity's or the table's).
 */
function keepWithinLimits(
  place: SopPlace,
  doc: SopDocument,
  stepsFound: number,
  report: ReportCollector,
): void {
  const tableSheet = place.table?.sheet.grid.name;
  const identitySheet = place.identity?.grid.name;
  for (const cut of fitToDocumentLimits(doc, { stepsFound })) {
    const sheet =
      cut.part === 'table' ? (tableSheet ?? identitySheet) : (identitySheet ?? tableSheet);
    report.warn('loss', sheet ?? '', null, cut.message);
  }
}
