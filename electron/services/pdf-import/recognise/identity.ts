// Reads an SOP's identity page: the header lines beside the logo, the labelled items and the
// two-column lists, the approver block and extra sections (docs/format.md §9.5). The labels and
// the text rules are the Excel importer's (shared/model/field-variants.ts, shared/import/text.ts).

import type { ImportWarning } from '../../../../shared/import';
import { cleanInline, importedNip, isNipLine, parseApprover } from '../../../../shared/import/text';
import {
  emptySop,
  IDENTITY_LIST_FIELDS,
  IDENTITY_TEXT_FIELDS,
  isApproverPart,
  isGenericTitle,
  isKopField,
  isScalarField,
  matchHeaderLabel,
  type ApproverPartField,
  type Identity,
} from '../../../../shared/model';
import type { PdfPage } from '../page';
import { findLogo, readKop } from './identity-kop';
import {
  findLabels,
  isSopField,
  listColumn,
  listLines,
  tableHeaderTop,
  valueLines,
  withoutTitleRows,
  type IdentityPage,
  type LabelHit,
} from './identity-labels';
import { pageRules, textLines, type TextLine } from './identity-lines';
import { labelColumns, withSectionLabels, type LabelColumn } from './identity-sections';
import { pageWarning } from './report';
import { dashAsEmpty, joinWrapped, readList, type ListEnd } from './identity-text';
import { goOnWith, sameList, type ContinuedList, type OpenList } from './identity-spill';

export type IdentityReading = {
  identity: Identity;
  /** What was recognised, one line each, for the import report. */
  recognised: string[];
  warnings: ImportWarning[];
  /** The lowest list of each column, which rows on the next page may go on with. */
  openLists: OpenList[];
  /** Where the list labels stand, so the next page's section labels are known by their place. */
  labelColumns: LabelColumn[];
  /** Lists under a `(lanjutan)` label, as printed: read on from the page before when joined. */
  continued: ContinuedList[];
};

/** What the reading of one page's items keeps besides the identity. */
type PageReading = {
  taken: Set<TextLine>;
  ends: Map<LabelHit, ListEnd>;
  continued: ContinuedList[];
};

/**
 * The identity on this page, or null when the page holds no SOP identity. `before`: the label
 * columns of the identity page right before, which this page may go on with.
 */
export function readIdentityPage(
  page: PdfPage,
  before: readonly LabelColumn[] = [],
): IdentityReading | null {
  const rules = pageRules(page);
  const all = textLines(page.texts, rules);
  const bottom = tableHeaderTop(all) ?? page.height;
  const lines = all.filter((l) => l.bottom <= bottom + 0.5);
  const hits = withSectionLabels(lines, withoutTitleRows(findLabels(lines)), rules, before);
  // One label alone (a *Keterangan* note, a stray *Peringatan*) is not an identity, unless it
  // continues a list from the page before or stands where the page before set its labels.
  const fields = new Set(hits.filter((h) => isSopField(h.field)).map((h) => h.field));
  const goesOn = hits.some((h) => h.continued) || (before.length > 0 && fields.has('extra'));
  if (fields.size < 2 && !goesOn) return null;
  const right = Math.max(...lines.map((l) => l.right));
  const context: IdentityPage = { lines, hits, rules, bottom, right };
  const identity = emptySop().identity;
  const reading: PageReading = { taken: new Set(), ends: new Map(), continued: [] };
  const { taken } = reading;
  const found: string[] = [];
  const empty: string[] = [];
  for (const hit of hits) {
    const filled = readItem(context, hit, identity, reading);
    // A `(lanjutan)` label left empty beside a longer list: its own list ended on a page before.
    if (filled) found.push(hit.label);
    else if (isSopField(hit.field) && !hit.continued) empty.push(hit.label);
  }
  const warnings: ImportWarning[] = [];
  if (!hits.some((h) => isKopField(h.field))) {
    const cell = { left: Math.min(...lines.map((l) => l.x)), right: kopArea(context).right };
    Object.assign(identity, readKop(kopLines(context, taken), context.rules, cell));
  }
  const logo = findLogo(page.images, kopArea(context));
  if (logo) {
    warnings.push(
      pageWarning(
        'note',
        page.number,
        logo,
        `Logo (gambar ${Math.round(logo.width)} × ${Math.round(logo.height)} pt) tidak diambil dari PDF; pilih logo di Identitas.`,
      ),
    );
  }
  const emptyNote = empty.length > 0 ? ` Label tanpa isi: ${empty.join(', ')}.` : '';
  return {
    identity,
    recognised: [
      `Identitas dari halaman ${page.number}: ${found.join(', ') || 'tidak ada isian'}.${emptyNote}`,
    ],
    warnings,
    openLists: openLists(context, reading.ends),
    labelColumns: labelColumns(hits),
    continued: reading.continued,
  };
}

function openLists(page: IdentityPage, ends: ReadonlyMap<LabelHit, ListEnd>): OpenList[] {
  const open: OpenList[] = [];
  const lowestFirst = [...page.hits].sort((a, b) => b.line.y - a.line.y);
  for (const hit of lowestFirst) {
    const { field } = hit;
    if (isScalarField(field)) continue;
    const { left, right } = listColumn(page, hit);
    const end = ends.get(hit);
    if (end && !open.some((o) => o.left === left || Math.abs(o.left - left) < 2)) {
      open.push({ field, label: hit.label, left, right, end });
    }
  }
  return open.sort((a, b) => a.left - b.left);
}

/**
 * The identity continued on the next page (lists going on under their labels, `(lanjutan)`)
 * added to the first page's, or null when `next` holds an identity of its own (any single item:
 * a number, a date, a name, an approver, a kop).
 */
export function continueIdentity(
  first: IdentityReading,
  next: IdentityReading,
): IdentityReading | null {
  const more = next.identity;
  const own = IDENTITY_TEXT_FIELDS.some((field) => more[field] !== '');
  if (own || Object.values(more.approvedBy).some(Boolean)) return null;
  const identity = structuredClone(first.identity);
  // A list under a `(lanjutan)` label goes on from where it stood at the foot of the page
  // before, its first lines perhaps the end of the item broken there.
  const goingOn = next.continued.filter((list) => first.openLists.some((o) => sameList(o, list)));
  const ends = new Map(goingOn.map((list) => [list, goOnWith(identity, first.openLists, list)]));
  const rest = (field: string, label: string): boolean =>
    !goingOn.some((list) => sameList(list, { field, label }));
  for (const field of IDENTITY_LIST_FIELDS) {
    if (rest(field, '')) identity[field].push(...more[field]);
  }
  for (const section of more.extraSections.filter((s) => rest('extra', s.label))) {
    const same = identity.extraSections.find((s) => s.label === section.label);
    if (same) same.items.push(...section.items);
    else identity.extraSections.push(section);
  }
  const openLists = next.openLists.map((open) => {
    const list = goingOn.find((l) => sameList(l, open));
    const end = list && ends.get(list);
    return end ? { ...open, end } : open;
  });
  return {
    identity,
    recognised: [...first.recognised, ...next.recognised],
    warnings: [...first.warnings, ...next.warnings],
    openLists,
    labelColumns: next.labelColumns.length > 0 ? next.labelColumns : first.labelColumns,
    continued: [],
  };
}

/** Reads one labelled item into the identity; whether it had content. */
function readItem(
  page: IdentityPage,
  hit: LabelHit,
  identity: Identity,
  reading: PageReading,
): boolean {
  const { field } = hit;
  const { taken } = reading;
  if (isScalarField(field)) {
    const lines = valueLines(page, hit, taken);
    for (const line of lines) taken.add(line);
    if (field === 'approvedBy') return readApprover(hit, lines, identity);
    const texts = [hit.inline, ...lines.filter((l) => !strayNip(l, identity)).map((l) => l.text)];
    const value = joinWrapped(texts.filter(Boolean));
    if (isApproverPart(field)) setApproverPart(identity, field, value);
    else if (!identity[field]) identity[field] = dashAsEmpty(value);
    return value !== '';
  }
  const { lines, edge } = listLines(page, hit, taken);
  for (const line of lines) taken.add(line);
  const list = readList(lines, edge);
  const read = [list.lead, ...list.items].filter(Boolean);
  const items = [...(hit.inline ? [cleanInline(hit.inline)] : []), ...read];
  reading.ends.set(hit, { ...list.end, count: items.length });
  if (hit.continued) reading.continued.push({ field, label: hit.label, lines, edge });
  if (field === 'extra') identity.extraSections.push({ label: hit.label, items });
  else identity[field] = [...identity[field], ...items];
  return items.length > 0;
}

/**
 * The approver block: its lines in groups split by the signature space (an empty stretch of more
 * than a line); the first group is the title, the last line the name, the `NIP` line the NIP.
 * Lines that start only well below the label are the name under an empty title.
 */
function readApprover(hit: LabelHit, lines: readonly TextLine[], identity: Identity): boolean {
  const groups: string[][] = hit.inline ? [[hit.inline]] : [];
  let last: TextLine | null = null;
  for (const line of lines) {
    const height = line.bottom - line.y;
    if (!last || line.y - last.bottom > height) groups.push([]);
    groups[groups.length - 1]?.push(line.text);
    last = line;
  }
  const first = lines[0];
  const labelHeight = hit.line.bottom - hit.line.y;
  const titleAbsent = !hit.inline && !!first && first.y > hit.line.bottom + 2 * labelHeight;
  const read = parseApprover(groups, titleAbsent);
  const approver = identity.approvedBy;
  identity.approvedBy = {
    title: approver.title || read.title,
    name: approver.name || read.name,
    nip: approver.nip || read.nip,
  };
  return Object.values(read).some(Boolean);
}

/**
 * A `NIP. …` line outside the approver's row (printed over the border into the next row) is the
 * approver's NIP when the block had none.
 */
function strayNip(line: TextLine, identity: Identity): boolean {
  if (!isNipLine(line.text) || identity.approvedBy.nip) return false;
  identity.approvedBy.nip = importedNip(line.text);
  return true;
}

function setApproverPart(identity: Identity, field: ApproverPartField, value: string): void {
  const approver = identity.approvedBy;
  if (field === 'approverNip') approver.nip = value ? importedNip(value) : '';
  else if (field === 'approverName') approver.name = value;
  else approver.title = value;
}

/**
 * The kop's lines: left of the labelled items and above the lists, neither labels, values nor
 * generic titles (`STANDAR OPERASIONAL PROSEDUR`).
 */
function kopLines(page: IdentityPage, taken: Set<TextLine>): TextLine[] {
  const area = kopArea(page);
  return page.lines.filter(
    (l) =>
      !taken.has(l) &&
      !page.hits.some((h) => h.line === l) &&
      l.right <= area.right &&
      l.bottom <= area.bottom &&
      !isGenericTitle(l.text) &&
      matchHeaderLabel(l.text) === null,
  );
}

/** Left of the scalar labels' column and above the first list label. */
function kopArea(page: IdentityPage): { left: number; right: number; top: number; bottom: number } {
  const scalars = page.hits.filter((h) => isScalarField(h.field)).map((h) => h.line.x);
  const lists = page.hits.filter((h) => !isScalarField(h.field)).map((h) => h.line.y);
  return {
    left: 0,
    right: Math.min(...scalars, page.right),
    top: 0,
    bottom: Math.min(...lists, page.bottom),
  };
}
