// The rows of an identity's lists printed at the top of the next page without their labels: a
// sheet longer than its page, cut by the print between two items (docs/format.md §9.7). The rows
// go on with the lists that were open at the foot of the identity page, column by column.

import type { Identity, IdentityListField } from '../../../../shared/model';
import type { PdfPage } from '../page';
import { findLabels } from './identity-labels';
import { pageRules, textLines, type TextLine } from './identity-lines';
import { withSectionLabels, type LabelColumn } from './identity-sections';
import { listItems } from './identity-text';

/** The last list in one column of an identity page, which the next page's rows may continue. */
export type OpenList = {
  field: IdentityListField | 'extra';
  /** The label as printed: names an extra section. */
  label: string;
  left: number;
  right: number;
};

export type ListSpill = {
  /** Items per open list, in the order of `open`. */
  items: string[][];
  /** Where the spilled rows end: the rest of the page is read as usual. */
  bottom: number;
};

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
  const items: string[][] = [];
  let bottom = first.y;
  for (const list of open) {
    const column = topRun(
      lines.filter((l) => within(l, list) && l.bottom <= labelTop),
      first,
    );
    items.push(listItems(column, list.right));
    bottom = Math.max(bottom, ...column.map((l) => l.bottom));
  }
  return { items, bottom };
}

/** `identity` with the spilled items added to its open lists. */
export function withSpill(
  identity: Identity,
  open: readonly OpenList[],
  spill: ListSpill,
): Identity {
  const joined = structuredClone(identity);
  open.forEach((list, i) => {
    const items = spill.items[i] ?? [];
    if (list.field !== 'extra') joined[list.field].push(...items);
    else joined.extraSections.find((s) => s.label === list.label)?.items.push(...items);
  });
  return joined;
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
