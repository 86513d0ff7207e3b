// Reading and writing `.sop.json` text: format/version gate, schema validation with messages in
// Bahasa Indonesia, the limits of docs/format.md §7.1, and reference checks that would make the
// document unusable.

import { fileTooLarge, MAX_JSON_DEPTH, MAX_SOP_FILE_BYTES } from '../limits';
import type { z } from 'zod';
import { SopError } from '../errors';
import { formatCount } from '../limits';
import { jsonTextDepth, tooDeep, valueDepth } from './document-limits';
import { keepKeysAsWritten } from './keys';
import { sopDocumentObjectSchema } from './schema';
import type { SopDocument } from './types';

export const SOP_FORMAT = 'sop-ap';
export const SOP_VERSION = 1;

export function parseSopJson(text: string): SopDocument {
  if (text.length > MAX_SOP_FILE_BYTES) {
    throw fileTooLarge('SOP', MAX_SOP_FILE_BYTES, text.length);
  }
  // Before JSON.parse: a file nested 100,000 deep must not reach any recursive code.
  const depth = jsonTextDepth(text);
  if (depth > MAX_JSON_DEPTH) throw tooDeep(depth);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SopError(
      'invalid-json',
      'Berkas bukan JSON yang sah, mungkin rusak atau terpotong. Buka berkas lain atau ekspor ulang dari aplikasi asalnya.',
      String(error),
    );
  }
  return parseSopValue(value);
}

export function parseSopValue(value: unknown): SopDocument {
  const depth = valueDepth(value);
  if (depth > MAX_JSON_DEPTH) throw tooDeep(depth);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw notSop('the top level is not an object');
  }
  const record = value as Record<string, unknown>;
  if (record.format !== SOP_FORMAT) {
    throw notSop(`format is ${shortJson(record.format)}`);
  }
  if (record.version !== SOP_VERSION) throw unknownVersion(record.version);
  const result = sopDocumentObjectSchema.safeParse(value, { reportInput: true });
  if (!result.success) {
    throw new SopError(
      'invalid-document',
      issueMessage(result.error.issues[0]),
      result.error.message,
    );
  }
  const doc = keepKeysAsWritten(value, result.data) as SopDocument;
  checkReferences(doc);
  return doc;
}

export function serializeSop(doc: SopDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function notSop(detail: string): SopError {
  return new SopError(
    'unknown-format',
    'Berkas ini bukan dokumen SOP (format "sop-ap"). Pilih berkas .sop.json yang dibuat aplikasi ini.',
    detail,
  );
}

/** A value for a log line, cut short: a hostile `format` may be megabytes long. */
function shortJson(value: unknown): string {
  return String(JSON.stringify(value)).slice(0, 80);
}

function unknownVersion(version: unknown): SopError {
  const advice = `Perbarui aplikasi atau minta berkas yang disimpan dengan versi ${SOP_VERSION}.`;
  if (version === undefined) {
    return new SopError(
      'unknown-version',
      `Berkas SOP ini tidak mencantumkan versinya (kolom "version"); aplikasi ini mengenal versi ${SOP_VERSION}. Simpan ulang berkas dari aplikasi, atau tambahkan "version": ${SOP_VERSION} bila berkas ditulis tangan.`,
    );
  }
  const written =
    typeof version === 'number' || typeof version === 'string'
      ? `versi ${shortJson(version)}`
      : `versi yang bukan angka (${TYPE_NAMES[jsonType(version)] ?? 'nilai lain'})`;
  return new SopError(
    'unknown-version',
    `Berkas SOP ini ${written}, sedangkan aplikasi ini hanya mengenal versi ${SOP_VERSION}. ${advice}`,
  );
}

/** JSON type names as a clerk reads them. */
const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'benar/salah (true/false)',
  array: 'daftar',
  tuple: 'daftar',
  object: 'objek',
  null: 'kosong (null)',
  nonoptional: 'wajib ada',
  literal: 'nilai tertentu',
};

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * The message of a document's schema problem when it is one of the document's own limits (a
 * custom check or a list too long), or null when the data is malformed in a way only a broken
 * caller produces.
 */
export function documentLimitMessage(issues: readonly z.core.$ZodIssue[]): string | null {
  const issue = issues.find(
    (i) =>
      (i.code === 'custom' && i.params?.documentLimit === true) ||
      // A list or text inside a document argument, not the argument itself.
      (i.code === 'too_big' && i.path.length >= 2),
  );
  return issue ? issueMessage(issue) : null;
}

function issueMessage(issue: z.core.$ZodIssue | undefined): string {
  if (issue?.code === 'custom') return issue.message;
  if (issue?.code === 'too_big') return tooBigMessage(issue);
  const where = !issue
    ? 'struktur tidak dikenali'
    : `${issue.path.length ? `di "${issue.path.join('.')}"` : 'di tingkat atas'}: ${issueText(issue)}`;
  return `Isi berkas SOP tidak sah: ${where}. Perbaiki berkas atau ekspor ulang dari aplikasi.`;
}

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `tidak ada (seharusnya ${expected})`;
      const found = TYPE_NAMES[jsonType(issue.input)] ?? jsonType(issue.input);
      return `jenis nilai salah: ${found}, seharusnya ${expected}`;
    }
    case 'invalid_value':
      return 'nilai tidak dikenal';
    case 'too_small':
      return 'tidak boleh kosong';
    default:
      return 'nilai tidak sah';
  }
}

/** What a list at this path holds, in the words of the limit's message. */
function listNoun(path: readonly PropertyKey[]): string {
  const key = path[path.length - 1];
  if (key === 'steps') return 'langkah';
  if (key === 'executors') return 'pelaksana';
  if (key === 'extraSections') return 'bagian tambahan';
  if (key === 'coordination') return 'baris Paraf Koordinasi';
  return 'butir';
}

/** "SOP ini memiliki 6.000 langkah; paling banyak 1.000 langkah." and its kin. */
function tooBigMessage(issue: z.core.$ZodIssueTooBig): string {
  const max = formatCount(Number(issue.maximum));
  const input = issue.input;
  const where = issue.path.join('.');
  if (typeof input === 'string') {
    return `Teks di "${where}" panjangnya ${formatCount(input.length)} karakter; paling banyak ${max} karakter. Perpendek teksnya.`;
  }
  const found = formatCount(Array.isArray(input) ? input.length : 0);
  const noun = listNoun(issue.path);
  const owner = issue.path.length === 1 ? 'SOP ini' : `Daftar "${where}"`;
  return `${owner} memiliki ${found} ${noun}; paling banyak ${max} ${noun}. Pecah SOP ini menjadi beberapa SOP atau kurangi isinya.`;
}

function checkReferences(doc: SopDocument): void {
  const executorIds = uniqueIds(
    doc.executors.map((e) => e.id),
    'pelaksana',
  );
  uniqueIds(
    doc.steps.map((s) => s.id),
    'langkah',
  );
  doc.steps.forEach((step, index) => {
    const unknown = step.executors.find((id) => !executorIds.has(id));
    if (unknown !== undefined) {
      throw new SopError(
        'invalid-document',
        `Langkah ${index + 1} merujuk pelaksana "${unknown}" yang tidak ada. Perbaiki berkas atau ekspor ulang dari aplikasi.`,
      );
    }
  });
}

function uniqueIds(ids: string[], what: string): Set<string> {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      throw new SopError(
        'invalid-document',
        `Id ${what} "${id}" dipakai lebih dari sekali. Perbaiki berkas atau ekspor ulang dari aplikasi.`,
      );
    }
    seen.add(id);
  }
  return seen;
}
