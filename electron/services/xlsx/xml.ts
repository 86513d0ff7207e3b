// XML of the workbook parts, parsed with fast-xml-parser in a safe setting: documents with a
// DOCTYPE are refused (OOXML never has one, so no entity can be declared and expanded); entity
// references are decoded here in one pass (the five built-in ones and numeric character
// references only); namespaces are dropped and every element is an array.

import { XMLParser } from 'fast-xml-parser';
import { corruptWorkbook } from './errors';

/** An element: attributes under `@name`, text under `#text`, children as arrays by local name. */
export type XmlElement = { [key: string]: unknown };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  alwaysCreateTextNode: true,
  htmlEntities: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  jPath: false,
});

const decoder = new TextDecoder('utf-8');

export function parseXml(bytes: Uint8Array, part: string): XmlElement {
  const text = decoder.decode(bytes);
  return parseXmlText(text, part);
}

export function parseXmlText(text: string, part: string): XmlElement {
  if (/<!DOCTYPE/i.test(text.slice(0, 4096)) || /<!ENTITY/i.test(text)) {
    throw corruptWorkbook(`${part}: DOCTYPE or ENTITY declaration`);
  }
  let root: unknown;
  try {
    root = parser.parse(text, false);
  } catch (error) {
    throw corruptWorkbook(`${part}: ${String(error)}`);
  }
  if (typeof root !== 'object' || root === null) throw corruptWorkbook(`${part}: no root`);
  return root as XmlElement;
}

export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  const value = element?.[name];
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is XmlElement => typeof item === 'object' && item !== null);
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

/** The element's own text (not its children's). */
export function ownText(element: XmlElement | undefined): string {
  const value = element?.['#text'];
  if (typeof value === 'string') return decodeEntities(value);
  if (Array.isArray(value)) {
    return decodeEntities(value.filter((v) => typeof v === 'string').join(''));
  }
  return '';
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
