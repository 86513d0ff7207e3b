// Tables copied from Word, Excel or LibreOffice also arrive as HTML. Their cells are read from it
// because Word's plain text breaks a cell's paragraphs into separate rows; the HTML keeps them in
// their cell, and merged titles keep their columns.

import { unspanTable } from '../../state/clipboard';
import type { SpannedCell } from '../../state/clipboard';

/** Elements whose content starts on a line of its own inside a cell. */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE']);

const SPACE = /[\s\u00a0]+/g;

function hidden(element: HTMLElement): boolean {
  return element.style.display === 'none';
}

/** A cell's text with its paragraphs and line breaks as lines, spacing as HTML shows it. */
function cellText(cell: HTMLElement): string {
  const lines: string[] = [''];
  const current = () => lines[lines.length - 1] ?? '';
  const breakLine = () => {
    if (current().trim() !== '') lines.push('');
  };
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        lines[lines.length - 1] = current() + (child.textContent ?? '').replace(SPACE, ' ');
      } else if (child instanceof HTMLElement && !hidden(child)) {
        if (child.tagName === 'BR') lines.push('');
        else if (child.tagName !== 'STYLE' && child.tagName !== 'SCRIPT') {
          const block = BLOCKS.has(child.tagName);
          if (block) breakLine();
          walk(child);
          if (block) breakLine();
        }
      }
    }
  };
  walk(cell);
  return lines
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

/** Text on the clipboard besides the table: then it is not a table alone, and TSV is read. */
function textBeside(body: HTMLElement): string {
  const rest = body.cloneNode(true) as HTMLElement;
  rest.querySelector('table')?.remove();
  rest.querySelectorAll('style, script').forEach((element) => element.remove());
  return (rest.textContent ?? '').replace(SPACE, '');
}

/** The rows of the one table the HTML holds, or null when it holds no table or more than one. */
export function tableFromHtml(html: string): string[][] | null {
  if (!/<table[\s>]/i.test(html)) return null;
  const page = new DOMParser().parseFromString(html, 'text/html');
  const table = page.querySelector('table');
  if (!table || textBeside(page.body) !== '') return null;
  const rows: SpannedCell[][] = [...table.rows]
    .filter((row) => !hidden(row))
    .map((row) =>
      [...row.cells]
        .filter((cell) => !hidden(cell))
        .map((cell) => ({ text: cellText(cell), colSpan: cell.colSpan, rowSpan: cell.rowSpan })),
    );
  return unspanTable(rows);
}
