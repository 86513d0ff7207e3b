// Mutated PDFs for fuzzing the PDF import: byte flips, truncations, hostile numbers in the object
// structure (lengths, counts, references, cross-reference offsets), inserted syntax and repeated
// chunks. Deterministic for a given seed.

import { SopError } from '../../../shared/errors';
import { importPdf } from '../../../electron/services/pdf-import/import';
import { seededRandom } from '../../support/random';

export type FuzzCase = { name: string; bytes: Uint8Array };

const NUMBERS = ['0', '-1', '2147483648', '99999999999', '1e308', '999999', '', '00', '3.5'];
const SNIPPETS = [
  '<<',
  '>>',
  '[',
  ']',
  'endobj',
  'stream\n',
  'endstream',
  '/Type /Pages /Kids [3 0 R 3 0 R] /Count 999999',
  '/Filter /FlateDecode',
  '(\\',
  '%%EOF',
  'trailer << /Root 1 0 R /Encrypt 2 0 R >>',
  '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>',
];
/** The numbers of the object structure: stream lengths, page counts, references, offsets. */
const STRUCTURE = /\/Length \d+|\/Count \d+|\d+ 0 R|^\d{10} \d{5} [nf]|startxref\s+\d+/gm;

export function* fuzzCases(
  sources: Uint8Array[],
  count: number,
  seed: number,
): Generator<FuzzCase> {
  const next = seededRandom(seed);
  const int = (max: number): number => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const texts = sources.map((source) => Buffer.from(source).toString('latin1'));
  for (let i = 0; i < count; i += 1) {
    const which = int(sources.length);
    const source = sources[which] as Uint8Array;
    const text = texts[which] as string;
    const kind = i % 5;
    const at = int(text.length);
    let name: string;
    let mutated: string;
    if (kind === 0) {
      const bytes = source.slice();
      const flips = 1 + int(20);
      for (let f = 0; f < flips; f += 1) {
        const where = int(bytes.length);
        bytes[where] = (bytes[where] ?? 0) ^ (1 + int(255));
      }
      yield { name: `#${i} flip ${flips} bytes of source ${which}`, bytes };
      continue;
    } else if (kind === 1) {
      name = `truncate to ${at}`;
      mutated = text.slice(0, at);
    } else if (kind === 2) {
      const matches = [...text.matchAll(STRUCTURE)];
      const match = pick(matches);
      const number = pick(NUMBERS);
      name = `"${match[0]}" with ${number}`;
      const index = match.index;
      mutated =
        text.slice(0, index) +
        match[0].replace(/\d+/, number) +
        text.slice(index + match[0].length);
    } else if (kind === 3) {
      const snippet = pick(SNIPPETS);
      name = `insert ${JSON.stringify(snippet)} at ${at}`;
      mutated = text.slice(0, at) + snippet + text.slice(at);
    } else {
      const from = int(text.length);
      const length = int(2_000);
      const copies = 1 + int(50);
      name = `${copies} copies of ${length} bytes from ${from} at ${at}`;
      mutated = text.slice(0, at) + text.slice(from, from + length).repeat(copies) + text.slice(at);
    }
    yield {
      name: `#${i} ${name} of source ${which}`,
      bytes: new Uint8Array(Buffer.from(mutated, 'latin1')),
    };
  }
}

export type FuzzOutcome = 'ok' | 'refused';

/** Words every refusal of the PDF import says its problem with (docs/format.md §7.2). */
const INDONESIAN = /\b(ini|tidak|berkas|halaman)\b/i;

/**
 * Imports one case: a result or one of our SopErrors with its Indonesian message are fine. An
 * internal error (an exception the reader or the recogniser did not expect) is a crash.
 */
export async function runFuzzCase(fuzzCase: FuzzCase): Promise<FuzzOutcome> {
  try {
    await importPdf(fuzzCase.bytes);
    return 'ok';
  } catch (error) {
    if (error instanceof SopError && error.code !== 'internal' && INDONESIAN.test(error.message)) {
      return 'refused';
    }
    const detail = error instanceof SopError ? `${error.message} (${error.detail})` : String(error);
    throw new Error(`${fuzzCase.name}: ${detail}`, { cause: error });
  }
}
