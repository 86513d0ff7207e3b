// The texts of an imported SOP with the limit of their length, and the cutting of the ones past it
// (shared/import/limits.ts): each text named the way the report names it to a clerk.

import { formatCount } from '../limits';
import {
  APPROVER_LABELS,
  IDENTITY_LABELS,
  IDENTITY_LIST_FIELDS,
  IDENTITY_TEXT_FIELDS,
  STEP_COLUMN_LABELS,
  STEP_TEXT_FIELDS,
  type SopDocument,
} from '../model';
import type { LimitCut, LimitCutKind, LimitPart } from './limits';

/** One text of the document: where it is, which part holds it, and how to read and replace it. */
export type DocumentText = {
  where: string;
  part: LimitPart;
  get: () => string;
  set: (text: string) => void;
};

/** Places named in a cut's message; the rest are counted. */
const NAMED_PLACES = 3;

/** The texts cut to one length limit, for one message. */
export class LengthCuts {
  private readonly places: { where: string; found: number; part: LimitPart }[] = [];

  constructor(private readonly limit: number) {}

  /** `text` within the limit; `where` is asked only for a text that is cut. */
  cut(text: string, where: () => string, part: LimitPart): string {
    if (text.length <= this.limit) return text;
    this.places.push({ where: where(), found: text.length, part });
    return cutText(text, this.limit);
  }

  /** `Teks lebih dari 5.000 karakter dipotong menjadi 5.000 karakter: Nama SOP (6.120 karakter).` */
  report(kind: LimitCutKind, what: string): LimitCut | null {
    const [first] = this.places;
    if (first === undefined) return null;
    const named = this.places
      .slice(0, NAMED_PLACES)
      .map(({ where, found }) => `${where} (${formatCount(found)} karakter)`);
    const others = this.places.length - named.length;
    if (others > 0) named.push(`dan ${formatCount(others)} teks lainnya`);
    const limit = formatCount(this.limit);
    return {
      kind,
      part: first.part,
      message: `${what} lebih dari ${limit} karakter dipotong menjadi ${limit} karakter: ${named.join(', ')}.`,
    };
  }
}

/** The first `limit` UTF-16 units, without leaving half of a surrogate pair at the end. */
export function cutText(text: string, limit: number): string {
  const last = text.charCodeAt(limit - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit);
}

/** Every text whose limit is MAX_TEXT_LENGTH, in the order of the printed SOP. */
export function* textsOf(doc: SopDocument): Generator<DocumentText> {
  const { identity } = doc;
  for (const field of IDENTITY_TEXT_FIELDS) {
    yield text(IDENTITY_LABELS[field], 'identity', identity, field);
  }
  for (const field of ['title', 'name', 'nip'] as const) {
    yield text(APPROVER_LABELS[field], 'identity', identity.approvedBy, field);
  }
  for (const field of IDENTITY_LIST_FIELDS) {
    yield* items(IDENTITY_LABELS[field], identity[field]);
  }
  for (const [i, section] of identity.extraSections.entries()) {
    yield text(`judul bagian tambahan ${i + 1}`, 'identity', section, 'label');
    yield* items(`bagian tambahan ${i + 1}`, section.items);
  }
  for (const [i, step] of doc.steps.entries()) {
    for (const field of STEP_TEXT_FIELDS) {
      yield text(`langkah ${i + 1} ${STEP_COLUMN_LABELS[field]}`, 'table', step, field);
    }
  }
  yield* items('Paraf Koordinasi', doc.print.coordination, 'baris');
}

function text<K extends string>(
  where: string,
  part: LimitPart,
  owner: Record<K, string>,
  key: K,
): DocumentText {
  return { where, part, get: () => owner[key], set: (value) => (owner[key] = value) };
}

function* items(list: string, values: string[], noun = 'butir'): Generator<DocumentText> {
  for (let i = 0; i < values.length; i += 1) {
    yield {
      where: `${list} ${noun} ${i + 1}`,
      part: 'identity',
      get: () => values[i] ?? '',
      set: (value) => (values[i] = value),
    };
  }
}
