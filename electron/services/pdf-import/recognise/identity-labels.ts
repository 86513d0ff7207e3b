// The identity page's labels (Nomor SOP, Disahkan oleh, Dasar Hukum …, found by the same
// spellings as the Excel importer's, docs/format.md §8.1) and the lines that belong to each: the
// value beside or below a label, the column under a list label.

import {
  isApproverPart,
  isKopField,
  isScalarField,
  matchHeaderLabel,
  matchIdentityLabel,
  splitLabelAndValue,
  type IdentityLabelField,
} from '../../../../shared/model';
import {
  nearestRule,
  ruleAcross,
  verticalRuleNear,
  type PageRules,
  type TextLine,
} from './identity-lines';
import { isEnumerationOnly } from '../../../../shared/import/text';
import { centre, ITEM_MARKER } from './identity-text';

export type LabelHit = {
  field: IdentityLabelField;
  label: string;
  line: TextLine;
  /** Value printed after the label on its own line (`Nomor SOP : 065/037`). */
  inline: string;
  /** The label says the list goes on from the page before (`Dasar Hukum (lanjutan)`). */
  continued: boolean;
};

/** What the identity readers look at: the lines above any flowchart table, and the page's rules. */
export type IdentityPage = {
  lines: TextLine[];
  hits: LabelHit[];
  rules: PageRules;
  /** The lower end of the identity (the flowchart table's header, or the page's end). */
  bottom: number;
  /** The right end of the identity's texts. */
  right: number;
};

const CONTINUED = /\s*\(lanjutan\)\s*$/i;

export function findLabels(lines: readonly TextLine[]): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const line of lines) {
    // A list continued on the next page repeats its label with `(lanjutan)`.
    const text = line.text.replace(CONTINUED, '');
    const continued = text !== line.text;
    const field = matchIdentityLabel(text);
    // A kop or approver-part label counts only with its value after a colon (a kop line
    // `PEMERINTAH` wrapped after its first word is no label).
    if (field && !isKopField(field) && !isApproverPart(field)) {
      hits.push({ field, label: text.replace(/\s*:$/, ''), line, inline: '', continued });
      continue;
    }
    const split = splitLabelAndValue(line.text);
    if (split) {
      hits.push({
        field: split.field,
        label: split.label,
        line,
        inline: split.value,
        continued: false,
      });
    }
  }
  return hits;
}

/**
 * Item labels level with each other on one line, with no values after them, are a table's column
 * titles (a book's contents: *Nama SOP*, *Nomor SOP*), not an identity's: its number, dates and
 * name stand one under another.
 */
export function withoutTitleRows(hits: readonly LabelHit[]): LabelHit[] {
  const titles = hits.filter((h) => isScalarField(h.field) && isSopField(h.field) && !h.inline);
  const level = (a: LabelHit, b: LabelHit): boolean =>
    a !== b && Math.abs(a.line.y - b.line.y) < 0.5 * a.line.size;
  return hits.filter((hit) => !titles.includes(hit) || !titles.some((t) => level(t, hit)));
}

/** Whether a label names an SOP item (not a kop line or an approver's part). */
export function isSopField(field: IdentityLabelField): boolean {
  return !isKopField(field) && !isApproverPart(field);
}

/**
 * The top of a flowchart table's header on the page (a *Kegiatan* title with another column title
 * level with it), or null.
 */
export function tableHeaderTop(lines: readonly TextLine[]): number | null {
  for (const line of lines) {
    if (matchHeaderLabel(line.text) !== 'activity') continue;
    const near = lines.filter(
      (l) => matchHeaderLabel(l.text) !== null && Math.abs(l.y - line.y) < 3 * line.size,
    );
    if (near.length >= 3) return Math.min(...near.map((l) => l.y));
  }
  return null;
}

/**
 * The lines beside a label that hold its value: right of it, before the next label on its row,
 * within its row (between the ruling lines around the label, or the labels above and below it
 * in its column). Without any, the line right under the label.
 */
export function valueLines(page: IdentityPage, hit: LabelHit, taken: Set<TextLine>): TextLine[] {
  const { top, bottom } = rowBand(page, hit);
  const stop = Math.min(
    ...page.hits
      .filter((h) => h.line.x > hit.line.right && centre(h.line) > top && centre(h.line) < bottom)
      .map((h) => h.line.x),
    Infinity,
  );
  const free = (l: TextLine): boolean => !taken.has(l) && !page.hits.some((h) => h.line === l);
  const beside = page.lines.filter(
    (l) =>
      free(l) && l.x >= hit.line.right - 0.5 && l.x < stop && centre(l) > top && centre(l) < bottom,
  );
  if (beside.length > 0 || !isScalarField(hit.field)) return beside;
  const height = hit.line.bottom - hit.line.y;
  const below = page.lines.find(
    (l) =>
      free(l) &&
      l.y >= hit.line.bottom - 0.5 &&
      l.y - hit.line.bottom < 1.5 * height &&
      Math.abs(l.x - hit.line.x) < 2 * hit.line.size,
  );
  return below ? [below] : [];
}

/** The label's row: the ruling lines around it, else the labels above and below in its column. */
function rowBand(page: IdentityPage, hit: LabelHit): { top: number; bottom: number } {
  const { line } = hit;
  const column = page.hits.filter((h) => h !== hit && Math.abs(h.line.x - line.x) < line.size);
  const above = column.filter((h) => h.line.y < line.y).map((h) => h.line.bottom);
  const below = column.filter((h) => h.line.y > line.y).map((h) => h.line.y);
  const labelTop = Math.max(...above, line.y - 0.5 * line.size);
  const labelBottom = Math.min(...below, page.bottom);
  const ruleAbove = nearestRule(page.rules, line.x + 1, centre(line), 'above');
  const ruleBelow = nearestRule(page.rules, line.x + 1, centre(line), 'below');
  return {
    top: ruleAbove === null ? labelTop : Math.max(ruleAbove, ...above),
    bottom: ruleBelow === null ? labelBottom : Math.min(ruleBelow, labelBottom),
  };
}

/**
 * The lines of a list: in the label's column (bounded by the labels beside it on its row, split at
 * the ruling line between them), below the label, down to the next label in the column, the
 * identity's end or a gap of three lines.
 */
export function listLines(
  page: IdentityPage,
  hit: LabelHit,
  taken: Set<TextLine>,
): { lines: TextLine[]; edge: number } {
  const { left, right } = listColumn(page, hit);
  const next = page.hits
    .filter((h) => h.line.y > hit.line.bottom - 0.5 && h.line.x < right && h.line.right > left)
    .map((h) => h.line.y);
  const bottom = Math.min(...next, page.bottom);
  const lines: TextLine[] = [];
  let last = hit.line.bottom;
  const candidates = page.lines.filter(
    (l) =>
      !taken.has(l) &&
      l !== hit.line &&
      l.x >= left - 1 &&
      l.x < right &&
      l.y >= hit.line.bottom - 0.5 &&
      centre(l) < bottom,
  );
  for (const line of candidates) {
    // The cell's lower border ends the list (the label's own cell border comes before any item),
    // unless the row below starts an item: a list drawn as a table, one item per row, its rows as
    // tall as the other column's beside them.
    const previous = lines[lines.length - 1];
    const border = previous && ruleAcross(page.rules, line.x, line.x + 10, previous.bottom, line.y);
    const nextRow = border && startsItemRow(candidates, line);
    if (border && !nextRow) break;
    if (!nextRow && line.y - last > 3 * (line.bottom - line.y)) break;
    lines.push(line);
    last = line.bottom;
  }
  return { lines, edge: right };
}

/** Whether an enumeration (`2.`, `b)`, alone or before its text) stands on `line`'s row. */
function startsItemRow(candidates: readonly TextLine[], line: TextLine): boolean {
  const height = line.bottom - line.y;
  return candidates.some(
    (c) =>
      Math.abs(centre(c) - centre(line)) < height / 2 &&
      (isEnumerationOnly(c.text) || ITEM_MARKER.test(c.text)),
  );
}

export function listColumn(page: IdentityPage, hit: LabelHit): { left: number; right: number } {
  const row = page.hits
    .filter((h) => !isScalarField(h.field) && Math.abs(centre(h.line) - centre(hit.line)) < 4)
    .sort((a, b) => a.line.x - b.line.x);
  const index = row.indexOf(hit);
  const previous = row[index - 1];
  const next = row[index + 1];
  const left = previous ? boundary(page, previous, hit) : -Infinity;
  const right = next
    ? boundary(page, hit, next)
    : (verticalRuleNear(page.rules, hit.line.right, centre(hit.line), Infinity, 'right') ??
      page.right);
  return { left, right };
}

/** Where the column of `b` starts after that of `a`: the ruling line between them, else `b`. */
function boundary(page: IdentityPage, a: LabelHit, b: LabelHit): number {
  const y = centre(b.line);
  const between = page.rules.vertical
    .filter((r) => r.y1 <= y && r.y2 >= y && r.x1 > a.line.right && r.x1 <= b.line.x + 1)
    .map((r) => r.x1);
  return between.length > 0 ? Math.min(...between) : b.line.x - 1;
}
