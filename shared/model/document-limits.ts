// The document limits of docs/format.md §7.1 that one field's schema cannot see: nesting depth
// (checked before anything walks the value recursively), all texts together, the lane grid of
// steps × executors. Each refusal names the limit and the value found, in Bahasa Indonesia.

import {
  formatCount,
  MAX_DOCUMENT_TEXT,
  MAX_JSON_DEPTH,
  MAX_LANE_CELLS,
  MAX_LOGO_SIDE,
} from '../limits';
import { SopError } from '../errors';
import { base64Bytes, formatPixels, logoSideFits, readImage } from './image';

/**
 * The deepest nesting of arrays and objects in JSON text, by one linear scan that skips strings,
 * so a hostile file is measured without recursion and before JSON.parse builds it.
 */
export function jsonTextDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return deepest;
}

/** The same for a value already parsed (a document sent over the API), with an explicit stack. */
export function valueDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item;
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth);
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

export function depthMessage(depth: number): string {
  return `Berkas SOP memiliki data bersarang ${formatCount(depth)} tingkat; paling banyak ${MAX_JSON_DEPTH} tingkat. Berkas ini kemungkinan rusak atau bukan buatan aplikasi SOP; ekspor ulang dari aplikasi asalnya.`;
}

export function tooDeep(depth: number): SopError {
  return new SopError('invalid-document', depthMessage(depth), `nesting depth ${depth}`);
}

type DocumentShape = {
  executors: { name: string }[];
  steps: { executors: string[]; labels: [string, string] | null }[];
};

/** Every string of the document's known fields, counted in UTF-16 units like the field limits. */
export function documentTextLength(doc: DocumentShape & Record<string, unknown>): number {
  let total = 0;
  const stack: unknown[] = [doc.identity, doc.executors, doc.steps, doc.print];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'string') total += node.length;
    else if (typeof node === 'object' && node !== null && !isLogo(node)) {
      stack.push(...Object.values(node));
    }
  }
  return total;
}

function isLogo(node: object): boolean {
  return 'mime' in node && 'data' in node;
}

/** The cross-field limits, as messages; empty when the document is within them. */
export function documentLimitProblems(doc: DocumentShape & Record<string, unknown>): string[] {
  const problems: string[] = [];
  const cells = doc.steps.length * doc.executors.length;
  if (cells > MAX_LANE_CELLS) {
    problems.push(
      `SOP ini memiliki ${formatCount(doc.steps.length)} langkah × ${formatCount(doc.executors.length)} pelaksana = ${formatCount(cells)} sel diagram; paling banyak ${formatCount(MAX_LANE_CELLS)} sel. Pecah SOP ini menjadi beberapa SOP.`,
    );
  }
  const text = documentTextLength(doc);
  if (text > MAX_DOCUMENT_TEXT) {
    problems.push(
      `Seluruh teks SOP ini ${formatCount(text)} karakter; paling banyak ${formatCount(MAX_DOCUMENT_TEXT)} karakter. Perpendek teksnya atau pecah menjadi beberapa SOP.`,
    );
  }
  return problems;
}

/** Why a logo cannot be printed, or null when its bytes are the picture its mime names. */
export function logoProblem(logo: { mime: string; data: string }): string | null {
  const image = readImage(base64Bytes(logo.data));
  if (!image.ok)
    return `Logo tidak dapat dipakai: ${image.reason}. Pilih ulang logo (PNG atau JPEG).`;
  const { mime, width, height } = image.info;
  if (mime !== logo.mime) {
    return `Logo tidak dapat dipakai: isinya gambar ${mime === 'image/png' ? 'PNG' : 'JPEG'}, bukan ${logo.mime === 'image/png' ? 'PNG' : 'JPEG'} seperti tertulis. Pilih ulang logo.`;
  }
  if (!logoSideFits({ width, height })) {
    return `Logo berukuran ${formatPixels({ width, height })}; paling besar ${formatPixels({ width: MAX_LOGO_SIDE, height: MAX_LOGO_SIDE })}. Perkecil gambarnya lalu pilih ulang logo.`;
  }
  return null;
}
