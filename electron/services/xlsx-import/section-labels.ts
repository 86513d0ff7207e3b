// Extra identity sections (docs/format.md §1.4) under any label: the layout marks a section label,
// not its wording. Below the standard lists, a row holding only cells that start in a list label's
// column and are filled like the list labels is a label of its own, whatever it says.

import { isGenericTitle, isScalarField } from '../../../shared/model';
import { cleanInline, isEnumerationOnly } from '../../../shared/import/text';
import type { IdentityBlock, LabelHit } from './identity-read';

/** Longer than this a filled row is a note, not a section's label. */
const MAX_LABEL = 120;

/** The block with the section labels its list labels' look marks added, in reading order. */
export function withSectionLabels(block: IdentityBlock): IdentityBlock {
  const { grid, hits } = block;
  const listLabels = hits.filter((h) => !isScalarField(h.field));
  // Without a fill the list labels look like any item: nothing tells a label from an item.
  const fills = new Set(listLabels.map((h) => grid.look(h.row, h.col).fill).filter(Boolean));
  if (fills.size === 0) return block;
  const columns = new Set(listLabels.map((h) => h.col));
  const firstList = Math.min(...listLabels.map((h) => h.row));
  const taken = new Set(hits.map((h) => h.row));
  const found: LabelHit[] = [];
  for (const row of grid.filledRowsBetween(firstList + 1, block.bottom)) {
    if (taken.has(row)) continue;
    const cells = grid.rowCells(row);
    const labelLike = ([col, text]: [number, string]): boolean =>
      columns.has(col) && fills.has(grid.look(row, col).fill) && isLabelText(text);
    if (cells.length === 0 || !cells.every(labelLike)) continue;
    for (const [col, text] of cells) {
      found.push({
        field: 'extra',
        label: cleanInline(text).replace(/\s*:$/, ''),
        row,
        col,
        inline: '',
      });
    }
  }
  if (found.length === 0) return block;
  const ordered = [...hits, ...found].sort((a, b) => a.row - b.row || a.col - b.col);
  return { ...block, hits: ordered };
}

function isLabelText(text: string): boolean {
  const label = cleanInline(text);
  return (
    label !== '' && label.length <= MAX_LABEL && !isEnumerationOnly(label) && !isGenericTitle(label)
  );
}
