// The document limits of docs/format.md §7.1 and what "validated means printable" asks of a file:
// each refusal is a SopError naming the limit and the value found; deep nesting never reaches a
// recursive walk; a logo is decoded; unknown fields, `__proto__` included, come back as written.

import { errorOf } from '../../support/sop-error';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  MAX_DOCUMENT_TEXT,
  MAX_EXECUTORS,
  MAX_JSON_DEPTH,
  MAX_LANE_CELLS,
  MAX_LIST_ITEMS,
  MAX_STEPS,
  MAX_TEXT_LENGTH,
} from '../../../shared/limits';
import {
  emptySop,
  emptyStep,
  parseSopJson,
  parseSopValue,
  serializeSop,
  sopDocumentSchema,
  type SopDocument,
} from '../../../shared/model';
import { formatCount } from '../../../shared/limits';
import { jsonTextDepth, valueDepth } from '../../../shared/model/document-limits';
import { readImage } from '../../../shared/model/image';

function sop(steps: number, executors: number): SopDocument {
  const doc = emptySop();
  doc.executors = Array.from({ length: executors }, (_, i) => ({ id: `e${i + 1}`, name: 'Staf' }));
  doc.steps = Array.from({ length: steps }, (_, i) => ({
    ...emptyStep(`s${i + 1}`),
    executors: ['e1'],
  }));
  return doc;
}

const refusal = (doc: SopDocument) => errorOf(() => parseSopJson(serializeSop(doc)));

/** `{"x":[[[…]]]}` nested `depth` levels in an unknown field of a valid document. */
function nestedText(depth: number): string {
  const base = serializeSop(sop(1, 1)).trimEnd();
  const inner = '['.repeat(depth - 1) + ']'.repeat(depth - 1);
  return `${base.slice(0, -1)},\n  "x": ${inner}\n}`;
}

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4AWP4DwQACfsD/c8LaHIAAAAASUVORK5CYII=';

function pngBase64(width: number, height: number): string {
  const png = new PNG({ width, height });
  png.data.fill(255);
  return PNG.sync.write(png).toString('base64');
}

/** A JPEG header: SOI, APP0, SOF0 with the given size and 3 channels, SOS, EOI. */
function jpegBytes(width: number, height: number): Uint8Array {
  return Uint8Array.from([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x10,
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00,
    0x01,
    0x01,
    0x00,
    0x00,
    0x01,
    0x00,
    0x01,
    0x00,
    0x00,
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    0x01,
    0x22,
    0x00,
    0x02,
    0x11,
    0x01,
    0x03,
    0x11,
    0x01,
    0xff,
    0xda,
    0x00,
    0x02,
    0xff,
    0xd9,
  ]);
}

function withLogo(mime: 'image/png' | 'image/jpeg', data: string): string {
  const doc = sop(1, 1);
  doc.identity.logo = { mime, data };
  return serializeSop(doc);
}

describe('document limits', () => {
  it('refuses too many steps, naming the count and the limit', () => {
    const error = refusal(sop(MAX_STEPS + 1, 1));
    expect(error.code).toBe('invalid-document');
    expect(error.message).toBe(
      `SOP ini memiliki ${formatCount(MAX_STEPS + 1)} langkah; paling banyak ${formatCount(MAX_STEPS)} langkah. Pecah SOP ini menjadi beberapa SOP atau kurangi isinya.`,
    );
  });

  it('refuses too many executors', () => {
    expect(refusal(sop(1, MAX_EXECUTORS + 1)).message).toMatch(
      new RegExp(
        `^SOP ini memiliki ${MAX_EXECUTORS + 1} pelaksana; paling banyak ${MAX_EXECUTORS} pelaksana\\.`,
      ),
    );
  });

  it('refuses a lane grid of steps × executors over the limit although each count is allowed', () => {
    const steps = Math.floor(MAX_LANE_CELLS / MAX_EXECUTORS) + 1;
    const error = refusal(sop(steps, MAX_EXECUTORS));
    expect(error.code).toBe('invalid-document');
    expect(error.message).toBe(
      `SOP ini memiliki ${formatCount(steps)} langkah × ${MAX_EXECUTORS} pelaksana = ${formatCount(steps * MAX_EXECUTORS)} sel diagram; paling banyak ${formatCount(MAX_LANE_CELLS)} sel. Pecah SOP ini menjadi beberapa SOP.`,
    );
    expect(
      parseSopJson(serializeSop(sop(MAX_LANE_CELLS / MAX_EXECUTORS, MAX_EXECUTORS))).steps,
    ).toHaveLength(MAX_LANE_CELLS / MAX_EXECUTORS);
  });

  it('refuses one text over the field limit, naming the field and its length', () => {
    const doc = sop(4, 1);
    (doc.steps[3] as SopDocument['steps'][number]).activity = 'a'.repeat(MAX_TEXT_LENGTH + 1);
    expect(refusal(doc).message).toBe(
      `Teks di "steps.3.activity" panjangnya ${formatCount(MAX_TEXT_LENGTH + 1)} karakter; paling banyak ${formatCount(MAX_TEXT_LENGTH)} karakter. Perpendek teksnya.`,
    );
  });

  it('refuses all texts together over the document limit', () => {
    const steps = Math.ceil(MAX_DOCUMENT_TEXT / MAX_TEXT_LENGTH) + 1;
    const doc = sop(steps, 1);
    for (const step of doc.steps) step.activity = 'a'.repeat(MAX_TEXT_LENGTH);
    const error = refusal(doc);
    expect(error.message).toMatch(
      new RegExp(
        `^Seluruh teks SOP ini [\\d.]+ karakter; paling banyak ${formatCount(MAX_DOCUMENT_TEXT).replace('.', '\\.')} karakter\\.`,
      ),
    );
  });

  it('refuses a list with too many items, naming the list', () => {
    const doc = sop(1, 1);
    doc.identity.legalBasis = Array.from({ length: MAX_LIST_ITEMS + 1 }, () => 'UU');
    expect(refusal(doc).message).toBe(
      `Daftar "identity.legalBasis" memiliki ${MAX_LIST_ITEMS + 1} butir; paling banyak ${MAX_LIST_ITEMS} butir. Pecah SOP ini menjadi beberapa SOP atau kurangi isinya.`,
    );
  });
});

describe('nesting depth', () => {
  it('measures depth without recursion and ignores brackets inside strings', () => {
    expect(jsonTextDepth('{"a":"[[[{{{\\"[","b":[[1]]}')).toBe(3);
    const deep: unknown[] = [];
    let cursor = deep;
    for (let i = 0; i < 200_000; i += 1) {
      const next: unknown[] = [];
      cursor.push(next);
      cursor = next;
    }
    expect(valueDepth(deep)).toBe(200_001);
  });

  it.each([5_000, 100_000])('refuses %i levels in an unknown field with a message', (depth) => {
    const error = errorOf(() => parseSopJson(nestedText(depth)));
    expect(error.code).toBe('invalid-document');
    expect(error.message).toBe(
      `Berkas SOP memiliki data bersarang ${formatCount(depth)} tingkat; paling banyak ${MAX_JSON_DEPTH} tingkat. Berkas ini kemungkinan rusak atau bukan buatan aplikasi SOP; ekspor ulang dari aplikasi asalnya.`,
    );
  });

  it('refuses a deep value sent as an object, and through the API schema', () => {
    const value = JSON.parse(nestedText(1_000)) as unknown;
    expect(errorOf(() => parseSopValue(value)).message).toMatch(
      /^Berkas SOP memiliki data bersarang 1\.000 tingkat/,
    );
    const result = sopDocumentSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/data bersarang 1\.000 tingkat/);
  });

  it('accepts nesting up to the limit and writes it back byte for byte', () => {
    const text = `${nestedText(MAX_JSON_DEPTH)}\n`;
    expect(jsonTextDepth(text)).toBe(MAX_JSON_DEPTH);
    expect(serializeSop(parseSopJson(text)).replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    expect(errorOf(() => parseSopJson(nestedText(MAX_JSON_DEPTH + 1))).code).toBe(
      'invalid-document',
    );
  });
});

describe('logo bytes', () => {
  it('reads PNG and JPEG sizes from their headers', () => {
    expect(readImage(Buffer.from(pngBase64(30, 20), 'base64'))).toEqual({
      ok: true,
      info: { mime: 'image/png', width: 30, height: 20 },
    });
    expect(readImage(jpegBytes(640, 480))).toEqual({
      ok: true,
      info: { mime: 'image/jpeg', width: 640, height: 480 },
    });
  });

  it('accepts a real PNG and a JPEG header', () => {
    expect(parseSopJson(withLogo('image/png', PNG_1X1)).identity.logo?.data).toBe(PNG_1X1);
    const jpeg = Buffer.from(jpegBytes(64, 64)).toString('base64');
    expect(parseSopJson(withLogo('image/jpeg', jpeg)).identity.logo?.mime).toBe('image/jpeg');
  });

  it.each([
    ['empty', 'image/png', '', 'berkas gambar kosong'],
    [
      'text',
      'image/png',
      Buffer.from('bukan gambar').toString('base64'),
      'isinya bukan gambar PNG atau JPEG',
    ],
    ['a PNG signature only', 'image/png', 'iVBORw0KGgo=', 'gambar PNG rusak atau terpotong'],
    ['a truncated PNG', 'image/png', PNG_1X1.slice(0, 60), 'gambar PNG rusak atau terpotong'],
    ['a JPEG without a frame', 'image/jpeg', '/9j/2Q==', 'gambar JPEG rusak atau terpotong'],
  ] as const)('refuses %s at parse', (_, mime, data, reason) => {
    const error = errorOf(() => parseSopJson(withLogo(mime, data)));
    expect(error.code).toBe('invalid-document');
    expect(error.message).toBe(
      `Logo tidak dapat dipakai: ${reason}. Pilih ulang logo (PNG atau JPEG).`,
    );
  });

  it('refuses a JPEG labelled PNG and a picture over the pixel limit', () => {
    const jpeg = Buffer.from(jpegBytes(64, 64)).toString('base64');
    expect(errorOf(() => parseSopJson(withLogo('image/png', jpeg))).message).toBe(
      'Logo tidak dapat dipakai: isinya gambar JPEG, bukan PNG seperti tertulis. Pilih ulang logo.',
    );
    const huge = Buffer.from(jpegBytes(5_000, 100)).toString('base64');
    expect(errorOf(() => parseSopJson(withLogo('image/jpeg', huge))).message).toBe(
      'Logo berukuran 5.000 × 100 piksel; paling besar 4.096 × 4.096 piksel. Perkecil gambarnya lalu pilih ulang logo.',
    );
  });
});

describe('messages and round trips', () => {
  it('says that the version is missing instead of "versi undefined"', () => {
    const error = errorOf(() => parseSopJson('{"format":"sop-ap"}'));
    expect(error.code).toBe('unknown-version');
    expect(error.message).toBe(
      'Berkas SOP ini tidak mencantumkan versinya (kolom "version"); aplikasi ini mengenal versi 1. Simpan ulang berkas dari aplikasi, atau tambahkan "version": 1 bila berkas ditulis tangan.',
    );
    expect(errorOf(() => parseSopJson('{"format":"sop-ap","version":[1]}')).message).toMatch(
      /^Berkas SOP ini versi yang bukan angka \(daftar\),/,
    );
  });

  it('names value types in Bahasa Indonesia', () => {
    const doc = JSON.parse(serializeSop(sop(1, 1))) as Record<string, unknown>;
    doc.steps = 'langkah';
    expect(errorOf(() => parseSopValue(doc)).message).toBe(
      'Isi berkas SOP tidak sah: di "steps": jenis nilai salah: teks, seharusnya daftar. Perbaiki berkas atau ekspor ulang dari aplikasi.',
    );
    doc.steps = [];
    doc.identity = [];
    expect(errorOf(() => parseSopValue(doc)).message).toContain(
      'di "identity": jenis nilai salah: daftar, seharusnya objek.',
    );
    delete doc.identity;
    expect(errorOf(() => parseSopValue(doc)).message).toContain(
      'di "identity": tidak ada (seharusnya objek).',
    );
  });

  it('keeps __proto__ keys and the order of unknown fields byte for byte', () => {
    const text = serializeSop(sop(1, 1))
      .replace('"format": "sop-ap",', '"format": "sop-ap",\n  "__proto__": {\n    "x": 1\n  },')
      .replace('"government": "",', '"__proto__": 5,\n    "government": "",');
    const doc = parseSopJson(text);
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(Object.keys(doc)).toContain('__proto__');
    expect(serializeSop(doc)).toBe(text);
    // The API channels validate with the same schema: a document sent to library:import too.
    const sent = sopDocumentSchema.parse(JSON.parse(text));
    expect(serializeSop(sent)).toBe(text);
  });

  it('reports the place of an invalid value through the API schema', () => {
    const value = JSON.parse(serializeSop(sop(1, 1))) as { steps: { symbol: string }[] };
    (value.steps[0] as { symbol: string }).symbol = 'segi enam';
    const result = sopDocumentSchema.safeParse(value);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['steps.0.symbol']);
  });

  it('replaces lone surrogates, and keeps every other character as written', () => {
    const doc = sop(1, 1);
    (doc.steps[0] as SopDocument['steps'][number]).activity = 'a\ud800b\udc00c😀 مرحبا \u0007';
    const parsed = parseSopJson(serializeSop(doc));
    expect(parsed.steps[0]?.activity).toBe('a\ufffdb\ufffdc😀 مرحبا \u0007');
  });
});
