// Reading and writing `.sop.json` text: format/version gate, schema validation with messages in
// Bahasa Indonesia, and reference checks that would make the document unusable.

import { fileTooLarge, MAX_SOP_FILE_BYTES } from '../limits';
import type { z } from 'zod';
import { SopError } from '../errors';
import { sopDocumentSchema } from './schema';
import type { SopDocument } from './types';

export const SOP_FORMAT = 'sop-ap';
export const SOP_VERSION = 1;

export function parseSopJson(text: string): SopDocument {
  if (text.length > MAX_SOP_FILE_BYTES) {
    throw fileTooLarge('SOP', MAX_SOP_FILE_BYTES, text.length);
  }
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
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw notSop('the top level is not an object');
  }
  const record = value as Record<string, unknown>;
  if (record.format !== SOP_FORMAT) {
    throw notSop(`format is ${JSON.stringify(record.format)}`);
  }
  if (record.version !== SOP_VERSION) {
    throw new SopError(
      'unknown-version',
      `Berkas SOP ini versi ${JSON.stringify(record.version)}, sedangkan aplikasi ini hanya mengenal versi ${SOP_VERSION}. Perbarui aplikasi atau minta berkas yang disimpan dengan versi ${SOP_VERSION}.`,
    );
  }
  const result = sopDocumentSchema.safeParse(value);
  if (!result.success) {
    throw new SopError(
      'invalid-document',
      `Isi berkas SOP tidak sah: ${describeIssue(result.error.issues[0])}. Perbaiki berkas atau ekspor ulang dari aplikasi.`,
      result.error.message,
    );
  }
  const doc = result.data as SopDocument;
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

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'struktur tidak dikenali';
  const where = issue.path.length ? `di "${issue.path.join('.')}"` : 'di tingkat atas';
  return `${where}: ${issueText(issue)}`;
}

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `jenis nilai salah (seharusnya ${issue.expected})`;
    case 'invalid_value':
      return 'nilai tidak dikenal';
    case 'too_big':
      return 'terlalu panjang atau terlalu banyak';
    case 'too_small':
      return 'tidak boleh kosong';
    default:
      return 'nilai tidak sah';
  }
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
