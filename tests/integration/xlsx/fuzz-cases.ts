// Mutated corpus workbooks for fuzzing the importer: byte flips, truncations, damaged zip headers
// and entries, XML mutations inside a re-zipped workbook, and one element copied thousands of
// times (merges, drawn shapes, shared strings, cells) up to and past the importer's caps.
// Deterministic for a given seed.

import { seededRandom } from '../../support/random';
import { unzipSync, zipSync } from 'fflate';
import { SopError } from '../../../shared/errors';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';

export type FuzzCase = { name: string; bytes: Uint8Array };

const NUMBERS = ['0', '-1', '1048576', '16384', '99999999999', '1e308', 'abc', '', '4294967295'];
const SNIPPETS = [
  '<',
  '>',
  '</row>',
  '<c r="A1" t="s"><v>999999</v></c>',
  '&amp;',
  '&#0;',
  '<xdr:sp>',
  '"',
  '<!DOCTYPE x>',
];

/** Elements a hostile workbook multiplies, each up to a little past three times its cap. */
const MULTIPLIED: Array<{ what: string; element: RegExp; most: number }> = [
  { what: 'merges', element: /<mergeCell [^>]*\/>/, most: 32_000 },
  { what: 'shapes', element: /<xdr:twoCellAnchor[\s\S]*?<\/xdr:twoCellAnchor>/, most: 16_000 },
  { what: 'shared strings', element: /<si>[\s\S]*?<\/si>/, most: 160_000 },
  { what: 'cells', element: /<c r="[^"]*"[^>]*>[\s\S]*?<\/c>/, most: 650_000 },
];

/** Copies one element of one part `copies` times in place; null when the source has none. */
function multiplied(
  files: Record<string, Uint8Array>,
  choice: number,
  copies: number,
): { name: string; files: Record<string, Uint8Array> } | null {
  const { what, element } = MULTIPLIED[choice % MULTIPLIED.length] as (typeof MULTIPLIED)[number];
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('.xml')) continue;
    const text = new TextDecoder().decode(data);
    const match = element.exec(text);
    if (!match) continue;
    const at = match.index + match[0].length;
    const grown = text.slice(0, at) + match[0].repeat(copies) + text.slice(at);
    return {
      name: `${copies} more ${what} in ${name}`,
      files: { ...files, [name]: new TextEncoder().encode(grown) },
    };
  }
  return null;
}

export function* fuzzCases(sources: Uint8Array[], count: number, seed = 1): Generator<FuzzCase> {
  const next = seededRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  const int = (max: number): number => Math.floor(next() * max);
  const parts = sources.map((source) => unzipSync(source));
  for (let i = 0; i < count; i += 1) {
    const which = int(sources.length);
    const source = sources[which] as Uint8Array;
    const kind = i % 5;
    if (kind === 0) {
      const bytes = source.slice();
      const flips = 1 + int(20);
      for (let f = 0; f < flips; f += 1) {
        const at = int(bytes.length);
        bytes[at] = (bytes[at] ?? 0) ^ (1 + int(255));
      }
      yield { name: `#${i} flip ${flips} bytes of source ${which}`, bytes };
    } else if (kind === 1) {
      const length = int(source.length);
      yield { name: `#${i} truncate source ${which} to ${length}`, bytes: source.slice(0, length) };
    } else if (kind === 2) {
      // Damage the zip structure: a field of the end record or a central directory entry.
      const bytes = source.slice();
      const view = new DataView(bytes.buffer);
      let eocd = bytes.length - 22;
      while (eocd > 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd -= 1;
      const cd = view.getUint32(eocd + 16, true);
      const target = next() < 0.3 ? eocd + 8 + 2 * int(6) : cd + int(Math.max(1, eocd - cd));
      const value = pick([0, 0xffff, 0xffffffff, int(0xffffffff), int(bytes.length)]);
      if (target + 4 <= bytes.length) view.setUint32(target, value >>> 0, true);
      yield { name: `#${i} zip field at ${target} := ${value} in source ${which}`, bytes };
    } else if (kind === 3) {
      const files = { ...(parts[which] ?? {}) };
      const xmlNames = Object.keys(files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
      const name = pick(xmlNames);
      let text = new TextDecoder().decode(files[name]);
      const mutation = int(4);
      const at = int(text.length);
      if (mutation === 0) text = text.slice(0, at) + text.slice(at + 1 + int(200));
      else if (mutation === 1) text = text.slice(0, at) + pick(SNIPPETS) + text.slice(at);
      else if (mutation === 2) {
        const numbers = [...text.matchAll(/\d+/g)];
        const match = numbers.length ? pick(numbers) : undefined;
        if (match?.index !== undefined) {
          text =
            text.slice(0, match.index) + pick(NUMBERS) + text.slice(match.index + match[0].length);
        }
      } else {
        const from = int(text.length);
        text = text.slice(0, at) + text.slice(from, from + int(500)) + text.slice(at);
      }
      files[name] = new TextEncoder().encode(text);
      yield {
        name: `#${i} xml mutation ${mutation} of ${name} in source ${which}`,
        bytes: zipSync(files, { level: 1 }),
      };
    } else {
      const choice = int(MULTIPLIED.length);
      const most = (MULTIPLIED[choice] as (typeof MULTIPLIED)[number]).most;
      const grown = multiplied(parts[which] ?? {}, choice, 1 + int(most));
      if (grown) {
        yield {
          name: `#${i} ${grown.name} of source ${which}`,
          bytes: zipSync(grown.files, { level: 1 }),
        };
      } else yield { name: `#${i} source ${which} unchanged`, bytes: source };
    }
  }
}

export type FuzzOutcome = 'ok' | 'error';

/** Imports one case: a result or a typed SopError are fine; anything else is a failure. */
export async function runFuzzCase(fuzzCase: FuzzCase): Promise<FuzzOutcome> {
  try {
    await importWorkbook(fuzzCase.bytes);
    return 'ok';
  } catch (error) {
    if (error instanceof SopError && error.code !== 'internal') return 'error';
    const detail = error instanceof SopError ? error.detail : String(error);
    throw new Error(`${fuzzCase.name}: ${detail}`, { cause: error });
  }
}
