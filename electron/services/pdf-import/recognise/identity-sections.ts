// Extra identity sections (docs/format.md §1.4) under any label: the print marks a section label,
// not its wording. From the first list label down, a line set like the list labels (bold, their size)
// at a list label's left edge, first in its ruled cell, is a label of its own, whatever it says;
// a plain line away from those edges is no label, whatever it says.
// The page after an identity page goes on with the columns of the labels before it.

import { isGenericTitle, isScalarField } from '../../../../shared/model';
import { isEnumerationOnly } from '../../../../shared/import/text';
import type { LabelHit } from './identity-labels';
import { ruleAcross, type PageRules, type TextLine } from './identity-lines';
import { ITEM_MARKER } from './identity-text';

const CONTINUED = /\s*\(lanjutan\)\s*$/i;
/** Longer than this a bold line is a note, not a section's label. */
const MAX_LABEL = 120;

/** Where and how big the list labels stand: a section label stands so too. */
export type LabelColumn = { x: number; size: number };

/** The columns of the bold list labels among `hits`. */
export function labelColumns(hits: readonly LabelHit[]): LabelColumn[] {
  return boldListLabels(hits).map((h) => ({ x: h.line.x, size: h.line.size }));
}

/** Only bold list labels stand apart from their items by their look. */
function boldListLabels(hits: readonly LabelHit[]): LabelHit[] {
  return hits.filter((h) => !isScalarField(h.field) && h.line.bold);
}

/**
 * The labels found by their spelling (`spelled`) with the section labels the list labels' look
 * marks added, in reading order, and without the words that only read like a label; `before`: the
 * label columns of the identity page this page goes on from.
 */
export function withSectionLabels(
  lines: readonly TextLine[],
  spelled: readonly LabelHit[],
  rules: PageRules,
  before: readonly LabelColumn[] = [],
): LabelHit[] {
  const own = boldListLabels(spelled);
  const columns = [...labelColumns(own), ...before];
  if (columns.length === 0) return [...spelled];
  const hits = spelled.filter((hit) => !isItemWord(hit, columns));
  const top = own.length > 0 ? Math.min(...own.map((h) => h.line.y)) : -Infinity;
  const labelled = new Set(hits.map((h) => h.line));
  const setLike = (line: TextLine): boolean =>
    columns.some((c) => Math.abs(c.x - line.x) < 1 && Math.abs(c.size - line.size) < 0.6);
  const found = lines
    .filter(
      (line) =>
        !labelled.has(line) &&
        line.bold &&
        line.y > top - 1 &&
        setLike(line) &&
        opensCell(line, rules) &&
        isLabelText(line.text),
    )
    .map(sectionHit);
  if (found.length === 0) return [...hits];
  const order = new Map(lines.map((line, i) => [line, i]));
  return [...hits, ...found].sort((a, b) => (order.get(a.line) ?? 0) - (order.get(b.line) ?? 0));
}

/**
 * Where the list labels are set bold, a plain line that reads like a list label (`Pencatatan`
 * alone on an item's wrapped line) away from every label column is an item's text.
 */
function isItemWord(hit: LabelHit, columns: readonly LabelColumn[]): boolean {
  if (isScalarField(hit.field) || hit.inline !== '' || hit.line.bold) return false;
  return !columns.some((c) => Math.abs(c.x - hit.line.x) < 1);
}

function sectionHit(line: TextLine): LabelHit {
  const label = line.text.replace(CONTINUED, '');
  return {
    field: 'extra',
    label: label.replace(/\s*:$/, ''),
    line,
    inline: '',
    continued: label !== line.text,
  };
}

/** A ruling line right above: the line is the first in its cell, where a label stands. */
function opensCell(line: TextLine, rules: PageRules): boolean {
  const height = line.bottom - line.y;
  return ruleAcross(
    rules,
    line.x,
    line.x + Math.min(10, line.right - line.x),
    line.y - height,
    line.y,
  );
}

function isLabelText(text: string): boolean {
  const label = text.replace(CONTINUED, '');
  return (
    label.length <= MAX_LABEL &&
    !isEnumerationOnly(label) &&
    !ITEM_MARKER.test(label) &&
    !isGenericTitle(label)
  );
}
