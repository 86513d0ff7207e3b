// The kop of the identity page: the agency lines beside (or under) the logo, each of government,
// agency and unit possibly wrapped over several lines, and the logo picture's place.

import { kopFromLines } from '../../../../shared/import/text';
import type { PdfImage } from '../page';
import { verticalRuleNear, type PageRules, type TextLine } from './identity-lines';
import { joinWrapped, wrapsOn } from './identity-text';

export type Kop = { government: string; agency: string; unit: string };

/**
 * The kop from its lines (top to bottom). A line continues the one above when both have the same
 * font size and weight and the line above wrapped within the kop cell (its borders from the
 * ruling lines around the lines, else `cell`: the identity's left edge to the labels' column).
 */
export function readKop(
  lines: readonly TextLine[],
  rules: PageRules,
  cell: { left: number; right: number },
): Kop {
  if (lines.length === 0) return { government: '', agency: '', unit: '' };
  const room = kopRoom(lines, rules, cell);
  const fields: string[][] = [];
  lines.forEach((line, i) => {
    const above = lines[i - 1];
    const sameFont = above && above.size === line.size && above.bold === line.bold;
    const wrapped = above && sameFont && wrapsOn(above, line, room) && !opensOffice(line.text);
    if (wrapped) fields[fields.length - 1]?.push(line.text);
    else fields.push([line.text]);
  });
  return kopFromLines(fields.map(joinWrapped));
}

/**
 * Words that open an office's name on a letterhead (`DINAS …`, `BIDANG …`): a line starting with
 * one starts a kop line even where the line above it looks wrapped (a long government line
 * followed by `DINAS` cannot be told from a wrap by widths alone).
 */
const OFFICE_OPENINGS = new Set([
  'pemerintah',
  'dinas',
  'badan',
  'kantor',
  'sekretariat',
  'inspektorat',
  'bidang',
  'bagian',
  'subbagian',
  'sub',
  'seksi',
  'uptd',
  'upt',
  'tim',
  'kecamatan',
  'kelurahan',
  'direktorat',
  'kementerian',
  'biro',
  'puskesmas',
]);

function opensOffice(text: string): boolean {
  const first = /^\p{L}+/u.exec(text.trim().toLowerCase())?.[0] ?? '';
  return OFFICE_OPENINGS.has(first);
}

/** The width the kop's lines had: the cell's, less the padding this app prints with. */
function kopRoom(
  lines: readonly TextLine[],
  rules: PageRules,
  cell: { left: number; right: number },
): number {
  const left = Math.min(...lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.right));
  const y = (lines[0]?.y ?? 0) + 1;
  const leftBorder = verticalRuleNear(rules, left - 1, y, Infinity, 'left') ?? cell.left;
  const rightBorder = verticalRuleNear(rules, right + 1, y, Infinity, 'right') ?? cell.right;
  // Twice the cell padding on each side (3 pt), as this app prints its kop.
  return rightBorder - leftBorder - 12;
}

/** The logo: the largest picture in the kop's area, or null. */
export function findLogo(images: readonly PdfImage[], area: Area): PdfImage | null {
  const inside = images.filter(
    (i) =>
      i.x >= area.left - 1 &&
      i.x + i.width <= area.right + 1 &&
      i.y >= area.top - 1 &&
      i.y + i.height <= area.bottom + 1,
  );
  return inside.sort((a, b) => b.width * b.height - a.width * a.height)[0] ?? null;
}

export type Area = { left: number; right: number; top: number; bottom: number };
