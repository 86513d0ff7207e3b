// Splits a pasted numbered or lettered list (`1. …\n2. …`, `a. …`, `- …`) into list items, so a
// legal basis copied from a Word document becomes one item per law.

const MARKER = /^\s*(?:\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|[-•*·–])\s+/;

/**
 * The items of a pasted text, markers removed; lines without a marker continue the item above.
 * Returns null when the text is a single item (plain paste into the field).
 */
export function splitPastedList(text: string): string[] | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const marked = lines.filter((line) => MARKER.test(line)).length;
  if (marked === 0 && lines.filter((line) => line.trim() !== '').length < 2) return null;
  const items: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (marked === 0 || MARKER.test(line) || items.length === 0) {
      items.push(trimmed.replace(MARKER, '').trim());
    } else {
      items[items.length - 1] = `${items[items.length - 1]} ${trimmed}`;
    }
  }
  return items.length >= 2 ? items : null;
}
