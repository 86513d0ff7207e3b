// Reads the identity part (docs/format.md §1.1) from a block of rows: labels found by their
// synonyms, single values to the right of (or below) their label or after a colon in the same
// cell, lists below their label within the label's columns, the approver block, and the agency
// lines next to the logo.

import type { Identity } from '../../../shared/model';
import type { SheetGrid } from '../ooxml/grid';
import { cellAddress } from '../ooxml/sheet-read';
import {
  isApproverPart,
  isGenericTitle,
  isKopField,
  isScalarField,
  matchHeaderLabel,
  matchIdentityLabel,
  splitLabelAndValue,
  type ApproverPartField,
  type IdentityLabelField,
} from '../../../shared/model';
import type { ReportCollector } from './report';
import { withSectionLabels } from './section-labels';
import {
  cleanInline,
  cleanText,
  importedNip,
  isEnumerationOnly,
  kopFromLines,
  parseApprover,
  splitListItems,
} from '../../../shared/import/text';

export type LabelHit = {
  field: IdentityLabelField;
  label: string;
  row: number;
  col: number;
  /** Value written after the label in the same cell. */
  inline: string;
};

export type IdentityBlock = { grid: SheetGrid; top: number; bottom: number; hits: LabelHit[] };

/** Identity labels in rows `from`..`to` of a sheet. */
export function findLabelHits(grid: SheetGrid, from: number, to: number): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const row of grid.filledRowsBetween(from, to)) {
    for (const [col, text] of grid.rowCells(row)) {
      if (text.length > 400) continue;
      const field = matchIdentityLabel(text);
      if (field) {
        hits.push({ field, label: cleanInline(text).replace(/\s*:$/, ''), row, col, inline: '' });
        continue;
      }
      const split = splitLabelAndValue(text);
      if (split)
        hits.push({ field: split.field, label: split.label, row, col, inline: split.value });
    }
  }
  return hits;
}

/** `ownExport`: the workbook was written by this app, so texts such as the NIP are kept as is. */
export function readIdentity(
  labelled: IdentityBlock,
  identity: Identity,
  report: ReportCollector,
  ownExport = false,
): void {
  const block = withSectionLabels(labelled);
  const { grid, hits } = block;
  const used = new Set<string>();
  const found: string[] = [];
  const empty: string[] = [];
  for (const hit of hits) used.add(`${hit.row}:${hit.col}`);
  for (const hit of hits) {
    const { field } = hit;
    if (field === 'approvedBy') {
      const read = readApprover(block, hit, used, ownExport);
      // Parts given on their own rows (Nama Pejabat, NIP) are kept over the block's guess.
      identity.approvedBy = {
        title: identity.approvedBy.title || read.title,
        name: identity.approvedBy.name || read.name,
        nip: identity.approvedBy.nip || read.nip,
      };
      (Object.values(read).some(Boolean) ? found : empty).push('Disahkan oleh');
    } else if (isApproverPart(field)) {
      const value = hit.inline || scalarValue(block, hit, used);
      setApproverPart(identity, field, value, ownExport);
      (value.trim() ? found : empty).push(hit.label);
    } else if (isScalarField(field)) {
      const value = hit.inline ? cleanText(hit.inline) : scalarValue(block, hit, used);
      if (identity[field] && value) {
        report.warn(
          'loss',
          grid.name,
          cellAddress(hit.row, hit.col),
          `Label "${hit.label}" muncul lebih dari sekali; nilai pertama dipakai.`,
        );
        continue;
      }
      identity[field] = field === 'name' ? cleanInline(value) : cleanText(value);
      (identity[field] ? found : empty).push(hit.label);
    } else {
      const items = listItems(block, hit, used);
      if (field === 'extra') identity.extraSections.push({ label: hit.label, items });
      else identity[field] = [...identity[field], ...items];
      (items.length > 0 ? found : empty).push(hit.label);
    }
  }
  if (!hits.some((hit) => isKopField(hit.field))) readAgencyLines(block, identity, used, report);
  // Only a label with content counts as recognised; empty ones are named as such.
  const emptyNote = empty.length > 0 ? ` Label tanpa isi: ${empty.join(', ')}.` : '';
  report.note(
    `Identitas dari lembar "${grid.name}" baris ${block.top}–${block.bottom}: ${found.join(', ') || 'tidak ada isian'}.${emptyNote}`,
  );
}

/** One part of the approver from its own row: `Jabatan`, `Nama Pejabat`, `NIP`. */
function setApproverPart(
  identity: Identity,
  field: ApproverPartField,
  value: string,
  ownExport: boolean,
): void {
  const approver = identity.approvedBy;
  if (field === 'approverNip') approver.nip = value.trim() ? importedNip(value, !ownExport) : '';
  else if (field === 'approverName') approver.name = cleanInline(value);
  else approver.title = cleanInline(value);
}

/** The first text to the right of the label in its row (skipping `:` cells), else the cell below. */
function scalarValue(block: IdentityBlock, hit: LabelHit, used: Set<string>): string {
  const { grid } = block;
  const stopCol = nextLabelCol(block, hit);
  for (const [col, text] of grid.rowCells(hit.row)) {
    if (col <= grid.rightEdge(hit.row, hit.col) || col >= stopCol) continue;
    const value = text.replace(/^\s*:\s*/, '');
    if (!value.trim()) continue;
    used.add(`${hit.row}:${col}`);
    return value;
  }
  const below = hit.row + 1;
  const text = grid.text(below, hit.col);
  if (text && !matchIdentityLabel(text) && !block.hits.some((h) => h.row === below)) {
    used.add(`${below}:${hit.col}`);
    return text.replace(/^\s*:\s*/, '');
  }
  return '';
}

function nextLabelCol(block: IdentityBlock, hit: LabelHit): number {
  const right = block.hits.filter((h) => h.row === hit.row && h.col > hit.col).map((h) => h.col);
  return right.length ? Math.min(...right) : Number.MAX_SAFE_INTEGER;
}

/** The label's column band: its merged width, else up to the next label in the same row. */
function band(block: IdentityBlock, hit: LabelHit): [number, number] {
  const right = block.grid.rightEdge(hit.row, hit.col);
  if (right > hit.col) return [hit.col, right];
  const next = nextLabelCol(block, hit);
  return [hit.col, next === Number.MAX_SAFE_INTEGER ? block.grid.sheet.maxCol : next - 1];
}

/** Items below a list label, within its columns, until the next label or two empty rows. */
function listItems(block: IdentityBlock, hit: LabelHit, used: Set<string>): string[] {
  const { grid } = block;
  const [left, right] = band(block, hit);
  const beside = hit.inline || besideLabel(block, hit, used);
  const texts: string[] = beside ? [beside] : [];
  let empty = 0;
  let previous = hit.row;
  for (const row of grid.filledRowsBetween(hit.row + 1, block.bottom)) {
    empty += row - previous - 1;
    previous = row;
    if (empty >= 2 && texts.length > 0) break;
    if (block.hits.some((h) => h.row === row && h.col >= left && h.col <= right)) break;
    const cells = grid.rowCells(row).filter(([col]) => col >= left && col <= right);
    const parts = cells.map(([, text]) => text);
    if (parts.length > 1 && isEnumerationOnly(parts[0] ?? '')) parts.shift();
    const text = parts.filter((t) => !isEnumerationOnly(t) || parts.length === 1).join(' ');
    // A generic title line (`STANDAR OPERASIONAL PROSEDUR`) starts what follows the identity.
    if (isGenericTitle(text)) break;
    if (!cleanText(text) || isEnumerationOnly(text)) {
      empty += 1;
      if (empty >= 2 && texts.length > 0) break;
      continue;
    }
    empty = 0;
    for (const [col] of cells) used.add(`${row}:${col}`);
    texts.push(text);
  }
  // A list in one cell may be plain lines, one item each; a list over rows has an item per row.
  const plainLines = texts.length === 1;
  return texts.flatMap((text) => splitListItems(text, plainLines));
}

/** A list written to the right of its label (a label|value table): that row's value text. */
function besideLabel(block: IdentityBlock, hit: LabelHit, used: Set<string>): string {
  const { grid } = block;
  const [, right] = band(block, hit);
  const cells = grid
    .rowCells(hit.row)
    .filter(([col]) => col > grid.rightEdge(hit.row, hit.col) && col <= right);
  const text = cells
    .map(([, value]) => value.replace(/^\s*:\s*/, ''))
    .filter((value) => value.trim() && !isEnumerationOnly(value))
    .join(' ');
  for (const [col] of cells) used.add(`${hit.row}:${col}`);
  return text;
}

/**
 * The approver block: texts in the value column from the label row down to the next label row;
 * empty rows (the signature space) separate the title from the name.
 */
function readApprover(
  block: IdentityBlock,
  hit: LabelHit,
  used: Set<string>,
  ownExport: boolean,
): Identity['approvedBy'] {
  const { grid } = block;
  const nextRow = Math.min(
    block.bottom + 1,
    ...block.hits.filter((h) => h.row > hit.row && h.col <= hit.col + 1).map((h) => h.row),
  );
  const groups: string[][] = [[]];
  const push = (text: string): void => {
    for (const line of cleanText(text).split('\n')) {
      if (line === '') groups.push([]);
      else groups[groups.length - 1]?.push(line);
    }
  };
  if (hit.inline) push(hit.inline);
  const stopCol = nextLabelCol(block, hit);
  let previous = hit.row - 1;
  let firstTextRow: number | null = hit.inline ? hit.row : null;
  // Nothing beside the label: the block is written below it, in the label's own column too.
  const firstCol =
    hit.inline || hasTextBeside(block, hit) ? grid.rightEdge(hit.row, hit.col) + 1 : hit.col;
  for (const row of grid.filledRowsBetween(hit.row, nextRow - 1)) {
    if (row > previous + 1) groups.push([]);
    previous = row;
    const cells = grid
      .rowCells(row)
      .filter(
        ([col]) =>
          (col >= firstCol || col > grid.rightEdge(hit.row, hit.col)) &&
          col < stopCol &&
          !used.has(`${row}:${col}`),
      );
    const texts = cells.map(([, text]) => text.replace(/^\s*:\s*/, '')).filter((t) => t.trim());
    if (texts.length === 0) {
      groups.push([]);
      continue;
    }
    for (const [col] of cells) used.add(`${row}:${col}`);
    push(texts.join(' '));
    firstTextRow ??= row;
  }
  // Text that starts only after an empty row below the label is the name under the signature.
  const titleAbsent = firstTextRow !== null && firstTextRow > hit.row + 1;
  return parseApprover(
    groups.filter((group) => group.length > 0),
    titleAbsent,
    !ownExport,
  );
}

function hasTextBeside(block: IdentityBlock, hit: LabelHit): boolean {
  const { grid } = block;
  return grid
    .rowCells(hit.row)
    .some(
      ([col, text]) =>
        col > grid.rightEdge(hit.row, hit.col) && text.replace(/^\s*:\s*/, '').trim() !== '',
    );
}

/**
 * The kop lines (government, agency, unit): texts above the first list label and left of the
 * labels, or above the first label, that are neither labels, values nor generic titles.
 */
function readAgencyLines(
  block: IdentityBlock,
  identity: Identity,
  used: Set<string>,
  report: ReportCollector,
): void {
  const { grid, hits } = block;
  const labelCol = Math.min(
    ...hits.filter((h) => isScalarField(h.field)).map((h) => h.col),
    Number.MAX_SAFE_INTEGER,
  );
  const firstList = Math.min(
    ...hits.filter((h) => !isScalarField(h.field)).map((h) => h.row),
    block.bottom + 1,
  );
  const firstLabel = Math.min(...hits.map((h) => h.row));
  const lines: Array<{ text: string; row: number; col: number }> = [];
  for (const row of grid.filledRowsBetween(block.top, firstList - 1)) {
    for (const [col, text] of grid.rowCells(row)) {
      if (used.has(`${row}:${col}`) || (col >= labelCol && row >= firstLabel)) continue;
      if (isGenericTitle(text) || matchHeaderLabel(text) || text.length > 300) continue;
      for (const line of cleanText(text).split('\n'))
        if (line) lines.push({ text: line, row, col });
    }
  }
  if (lines.length === 0) return;
  Object.assign(identity, kopFromLines(lines.map((l) => l.text)));
  if (lines.length > 3) {
    const first = lines[0];
    report.warn(
      'note',
      grid.name,
      first ? cellAddress(first.row, first.col) : null,
      `Kop berisi ${lines.length} baris; baris pertama dibaca sebagai pemerintah, baris terakhir sebagai unit kerja, sisanya sebagai instansi.`,
    );
  }
}
