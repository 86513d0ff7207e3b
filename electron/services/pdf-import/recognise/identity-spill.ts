// An identity's lists going on over pages (docs/format.md §9.5, §9.7): under a repeated label with
// `(lanjutan)`, or as rows at the top of the next page without their labels (a sheet longer than
// its page, cut by the print). Either way a list goes on from where it stood at the foot of the
// page before, and an item may break there: this app prints a long list line by line.

import type { Identity, IdentityListField } from '../../../../shared/model';
import type { PdfPage } from '../page';
import { findLabels } from './identity-labels';
import { pageRules, textLines, type TextLine } from './identity-lines';
import { withSectionLabels, type LabelColumn } from './identity-sections';
import { joinWrapped, readList, type ListEnd, type ListReading } from './identity-text';

/** A list of the identity: a field, or an extra section named by its label. */
export type ListName = { field: string; label: string };

/** The last list in one column of an identity page, which the next page's rows may continue. */
export type OpenList = {
  field: IdentityListField | 'extra';
  /** The label as printed: names an extra section. */
  label: string;
  left: number;
  right: number;
  /** Where the list stood at the page's foot. */
  end: ListEnd;
};

/** A list under a `(lanjutan)` label, its lines as printed. */
export type ContinuedList = {
  field: IdentityListField | 'extra';
  label: string;
  lines: TextLine[];
  edge: number;
};

export type ListSpill = {
  /** Each open list's rows read on from its end, in the order of `open`. */
  lists: ListReading[];
  /** Where the spilled rows end: the rest of the page is read as usual. */
  bottom: number;
};

/** Whether two lists are the same one of the identity. */
export function sameList(a: ListName, b: ListName): boolean {
  return a.field === b.field && (a.field !== 'extra' || a.label === b.label);
}

/**
 * Adds a `(lanjutan)` list to the open list of `identity` it goes on with (in `open`): its lead to
 * the last item, its items after it. Returns where the list now ends.
 */
export function goOnWith(
  identity: Identity,
  open: readonly OpenList[],
  list: ContinuedList,
): ListEnd | null {
  const from = open.find((o) => sameList(o, list));
  if (!from) return null;
  const reading = readList(list.lines, list.edge, from.end);
  appendList(identity, from, reading);
  return reading.end;
}

/**
 * The rows at the top of `page` that stand in the columns of `open` lists, above any label: each
 * column's lines from the page's first text down to a gap of three lines. Null when the page's
 * first text stands in no open list's column. `columns`: where the identity page set its labels.
 */
export function readListSpill(
  page: PdfPage,
  open: readonly OpenList[],
  columns: readonly LabelColumn[] = [],
): ListSpill | null {
  const rules = pageRules(page);
  const lines = textLines(page.texts, rules);
  const first = lines[0];
  if (!first || open.length === 0) return null;
  // Section labels (a continued `Kebijakan (lanjutan)`) stand where the page before set its labels.
  const labels = withSectionLabels(lines, findLabels(lines), rules, columns);
  const labelTop = Math.min(...labels.map((h) => h.line.y), page.height);
  if (!open.some((list) => within(first, list)) || first.y >= labelTop) return null;
  const lists: ListReading[] = [];
  let bottom = first.y;
  for (const list of open) {
    const column = topRun(
      lines.filter((l) => within(l, list) && l.bottom <= labelTop),
      first,
    );
    lists.push(readList(column, list.right, list.end));
    bottom = Math.max(bottom, ...column.map((l) => l.bottom));
  }
  return { lists, bottom };
}

/** `identity` with the spilled rows added to its open lists. */
export function withSpill(
  identity: Identity,
  open: readonly OpenList[],
  spill: ListSpill,
): Identity {
  const joined = structuredClone(identity);
  open.forEach((list, i) => {
    const reading = spill.lists[i];
    if (reading) appendList(joined, list, reading);
  });
  return joined;
}

/** Whether a spill holds no text at all. */
export function emptySpill(spill: ListSpill): boolean {
  return spill.lists.every((list) => list.lead === '' && list.items.length === 0);
}

/** The reading's lead joined to the list's last item (its first, when it has none), then its items. */
function appendList(identity: Identity, list: OpenList, reading: ListReading): void {
  const items =
    list.field === 'extra'
      ? identity.extraSections.find((s) => s.label === list.label)?.items
      : identity[list.field];
  if (!items) return;
  if (reading.lead !== '') {
    const last = items.pop();
    items.push(last === undefined ? reading.lead : joinWrapped([last, reading.lead]));
  }
  items.push(...reading.items);
}

/** Inside the list's column: a heading centred over the page crosses the columns' border. */
function within(line: TextLine, list: OpenList): boolean {
  return line.x >= list.left - 1 && line.right <= list.right + 1;
}

/** The lines from the page's first line down, until an empty stretch of three lines. */
function topRun(lines: readonly TextLine[], first: TextLine): TextLine[] {
  const run: TextLine[] = [];
  let last = first.y;
  for (const line of lines) {
    const height = line.bottom - line.y;
    if (line.y - last > 3 * height) break;
    run.push(line);
    last = Math.max(last, line.bottom);
  }
  return run;
}
