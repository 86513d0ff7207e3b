// A small XML reader for the workbook parts, written for them: elements, attributes and text only.
// Namespace prefixes are dropped (`xdr:sp` is `sp`), every child element is kept in an array under
// its local name, and nothing is ever expanded: a DOCTYPE or ENTITY declaration is refused and the
// five built-in entities and numeric references are decoded once when text is read. Much faster
// than a general parser on drawing parts, which is most of an import's time.

import { SopError } from '../../../shared/errors';
import { formatCount } from '../../../shared/limits';
import { corruptWorkbook } from './errors';

/** An element: attributes under `@name`, text under `#text`, children as arrays by local name. */
export type XmlElement = { [key: string]: unknown };

/** Elements the parts of one workbook may still hold: shared by every part read from it. */
export type ElementBudget = { limit: number; left: number };

/** Deeper nesting than this is not a workbook part (a drawing nests about 15 levels). */
const MAX_DEPTH = 256;

const decoder = new TextDecoder('utf-8');

export function parseXml(bytes: Uint8Array, part: string, budget?: ElementBudget): XmlElement {
  return parseXmlText(decoder.decode(bytes), part, budget);
}

/** Parses a part; each element is taken from `budget`, refused once the budget is spent. */
export function parseXmlText(
  text: string,
  part: string,
  budget: ElementBudget = { limit: Number.POSITIVE_INFINITY, left: Number.POSITIVE_INFINITY },
): XmlElement {
  const fail = (why: string): never => {
    throw corruptWorkbook(`${part}: ${why}`);
  };
  const root = element();
  const stack: Array<{ node: XmlElement; name: string }> = [{ node: root, name: '' }];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('<', at);
    const top = stack[stack.length - 1] as { node: XmlElement; name: string };
    if (open < 0) {
      appendText(top.node, text.slice(at));
      break;
    }
    if (open > at) appendText(top.node, text.slice(at, open));
    const next = text.charCodeAt(open + 1);
    if (next === 63 /* ? */) {
      at = skipPast(text, '?>', open, fail);
    } else if (next === 33 /* ! */) {
      if (text.startsWith('<!--', open)) at = skipPast(text, '-->', open, fail);
      else if (text.startsWith('<![CDATA[', open)) {
        const end = text.indexOf(']]>', open);
        if (end < 0) fail('unterminated CDATA');
        // Escaped so that the one decoding pass on read gives the characters back unchanged.
        appendText(top.node, text.slice(open + 9, end).replace(/&/g, '&amp;'));
        at = end + 3;
      } else fail('DOCTYPE or declaration');
    } else if (next === 47 /* / */) {
      const end = text.indexOf('>', open);
      if (end < 0) fail('unterminated end tag');
      const name = text.slice(open + 2, end).trim();
      if (stack.length < 2 || top.name !== name) fail(`unexpected </${name.slice(0, 40)}>`);
      stack.pop();
      at = end + 1;
    } else {
      budget.left -= 1;
      if (budget.left < 0) throw tooManyElements(part, budget.limit);
      at = readStartTag(text, open, stack, fail);
    }
  }
  if (stack.length !== 1) fail('unclosed elements (truncated?)');
  return root;
}

function tooManyElements(part: string, limit: number): SopError {
  return new SopError(
    'file-too-large',
    `Isi buku kerja ini terlalu banyak untuk dibaca: lebih dari ${formatCount(limit)} unsur XML. Hapus lembar yang tidak berisi SOP atau pecah buku kerja menjadi beberapa berkas, lalu impor lagi.`,
    `element budget spent in ${part}`,
  );
}

function readStartTag(
  text: string,
  open: number,
  stack: Array<{ node: XmlElement; name: string }>,
  fail: (why: string) => never,
): number {
  let at = open + 1;
  while (at < text.length && !isNameEnd(text.charCodeAt(at))) at += 1;
  const name = text.slice(open + 1, at);
  if (!name) fail('empty tag name');
  const node = element();
  for (;;) {
    while (isSpace(text.charCodeAt(at))) at += 1;
    const c = text.charCodeAt(at);
    if (Number.isNaN(c)) fail('unterminated start tag');
    if (c === 62 /* > */ || (c === 47 /* / */ && text.charCodeAt(at + 1) === 62)) break;
    const eq = text.indexOf('=', at);
    if (eq < 0) fail('attribute without value');
    const attrName = text.slice(at, eq).trim();
    let q = eq + 1;
    while (isSpace(text.charCodeAt(q))) q += 1;
    const quote = text[q];
    if (quote !== '"' && quote !== "'") fail('unquoted attribute');
    const close = text.indexOf(quote as string, q + 1);
    if (close < 0 || !attrName || /[\s<>]/.test(attrName)) fail('bad attribute');
    if (attrName !== 'xmlns' && !attrName.startsWith('xmlns:')) {
      node[`@${localName(attrName)}`] = text.slice(q + 1, close);
    }
    at = close + 1;
  }
  const parent = stack[stack.length - 1] as { node: XmlElement; name: string };
  const local = localName(name);
  const siblings = parent.node[local];
  if (Array.isArray(siblings)) siblings.push(node);
  else parent.node[local] = [node];
  if (text.charCodeAt(at) === 47 /* / */) return at + 2;
  if (stack.length > MAX_DEPTH) fail('nested too deeply');
  stack.push({ node, name });
  return at + 1;
}

function element(): XmlElement {
  // No prototype: a tag named `__proto__` or `constructor` is just a key.
  return Object.create(null) as XmlElement;
}

function appendText(node: XmlElement, text: string): void {
  const current = node['#text'];
  node['#text'] = typeof current === 'string' ? current + text : text;
}

function skipPast(
  text: string,
  marker: string,
  from: number,
  fail: (why: string) => never,
): number {
  const end = text.indexOf(marker, from);
  if (end < 0) fail(`unterminated ${marker}`);
  return end + marker.length;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 62 /* > */ || c === 47; /* / */
}

/**
 * How many elements with one of `names` (any prefix) the text holds: a scan without parsing, so a
 * part with too many of them is refused before its tree is built. Tags inside comments count too,
 * which only matters for a part that is hostile anyway.
 */
export function countElements(text: string, names: string[]): number {
  const tag = new RegExp(`<(?:[\\w.-]+:)?(?:${names.join('|')})[\\s>/]`, 'g');
  let count = 0;
  while (tag.exec(text) !== null) count += 1;
  return count;
}

export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  const value = element?.[name];
  if (!Array.isArray(value)) return [];
  return value as XmlElement[];
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return children(element, name)[0];
}

/** Follows a path of child names, taking the first element at each step. */
export function descend(
  element: XmlElement | undefined,
  ...path: string[]
): XmlElement | undefined {
  let current = element;
  for (const name of path) current = child(current, name);
  return current;
}

export function attr(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[`@${name}`];
  return typeof value === 'string' ? decodeEntities(value) : undefined;
}

export function numberAttr(element: XmlElement | undefined, name: string): number | null {
  const value = attr(element, name);
  if (value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** The element's own text (not its children's), entity references decoded. */
export function ownText(element: XmlElement | undefined): string {
  const value = element?.['#text'];
  return typeof value === 'string' ? decodeEntities(value) : '';
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g,
    (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED[ref] ?? whole;
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}
