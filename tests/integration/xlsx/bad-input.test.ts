// Unusable files end in a SopError with a clear Indonesian message and nothing else: not a zip,
// an old .xls, a password-protected workbook, a truncated file, zip bombs (declared and lying
// sizes, too many parts), XML entity tricks, a 100 000-row sheet and a workbook without an SOP.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { deflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SopError } from '../../../shared/errors';
import { MAX_STEPS } from '../../../shared/limits';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { describeWarning } from '../../../shared/import';
import { buildWorkbook } from './workbook-builder';

const fixtures = join(import.meta.dirname, '../../fixtures');
const real = new Uint8Array(readFileSync(join(fixtures, 'real/basarnas-verifikasi-berita.xlsx')));

async function failure(bytes: Uint8Array): Promise<SopError> {
  try {
    await importWorkbook(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(SopError);
    return error as SopError;
  }
  throw new Error('import succeeded');
}

/** Offsets of the central directory entries of a zip (for patching their fields). */
function centralEntries(bytes: Uint8Array): Array<{ at: number; name: string }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd -= 1;
  const entries: Array<{ at: number; name: string }> = [];
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i += 1) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ at, name });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function withDeclaredSize(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const copy = bytes.slice();
  const entry = centralEntries(copy).find((e) => e.name === part);
  if (!entry) throw new Error(`no ${part}`);
  new DataView(copy.buffer).setUint32(entry.at + 24, size, true);
  return copy;
}

function utf16(text: string): number[] {
  return [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
}

/** An OLE2 compound file whose directory names the given streams, as Office writes them. */
function compoundFile(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  streams.forEach((name, i) => bytes.set(utf16(name), 512 + i * 128));
  return bytes;
}

describe('files that are not usable workbooks', () => {
  it('refuses an empty file, plain text and a PDF', async () => {
    expect((await failure(new Uint8Array())).message).toMatch(/^Berkas kosong/);
    const text = await failure(strToU8('No;Kegiatan;Pelaksana\n1;Menerima surat;Staf\n'));
    expect(text.code).toBe('unsupported-file');
    expect(text.message).toMatch(/bukan buku kerja Excel \(\.xlsx\)/);
    expect((await failure(strToU8('%PDF-1.7\n…'))).message).toMatch(/dokumen PDF, bukan Excel/);
  });

  it('tells to re-save an old .xls (made by LibreOffice) as .xlsx', async () => {
    const xls = new Uint8Array(readFileSync(join(fixtures, 'xlsx/old-format.xls')));
    const error = await failure(xls);
    expect(error.code).toBe('unsupported-file');
    expect(error.message).toMatch(
      /format Excel lama \(\.xls\).*simpan sebagai Buku Kerja Excel \(\.xlsx\)/,
    );
  });

  it('tells to remove the password of an encrypted workbook', async () => {
    const error = await failure(compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
    expect(error.message).toMatch(/dilindungi kata sandi.*hapus kata sandinya/);
  });

  it('refuses a zip that is a Word document or has no workbook part', async () => {
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect((await failure(docx)).message).toMatch(/dokumen Word, bukan Excel/);
    expect((await failure(zipSync({ 'a.txt': strToU8('x') }))).message).toMatch(
      /bukan buku kerja Excel/,
    );
  });

  it('reports a truncated file as damaged', async () => {
    for (const length of [real.length - 10, Math.floor(real.length / 2), 100]) {
      const error = await failure(real.subarray(0, length));
      expect(error.code).toBe('corrupt');
      expect(error.message).toMatch(/rusak atau terpotong/);
    }
  });

  it('reports a damaged part through its checksum', async () => {
    const copy = real.slice();
    const entry = centralEntries(copy).find((e) => e.name === 'xl/sharedStrings.xml');
    const local = new DataView(copy.buffer).getUint32((entry?.at ?? 0) + 42, true);
    const at = local + 30 + 'xl/sharedStrings.xml'.length + 40;
    copy[at] = (copy[at] ?? 0) ^ 0xff;
    expect((await failure(copy)).code).toBe('corrupt');
  });
});

describe('zip bombs', () => {
  it('refuses declared sizes over the cap before inflating anything', async () => {
    const error = await failure(withDeclaredSize(real, 'xl/media/image1.png', 0xfffffff0));
    expect(error.code).toBe('file-too-large');
    expect(error.message).toMatch(/terlalu besar setelah dibuka/);
    expect(
      (await failure(withDeclaredSize(real, 'xl/worksheets/sheet2.xml', 100 * 1024 * 1024))).code,
    ).toBe('file-too-large');
  });

  it('stops inflating a part that grows past its declared size', async () => {
    // 10 MB of zeros deflates to about 10 KB; the directory claims 50 KB.
    const parts = unzipSync(buildWorkbook([{ name: 'SOP', cells: { A1: 'x' } }], SHARED_STRINGS));
    const entries: RawEntry[] = Object.entries(parts).map(([name, data]) => ({ name, data }));
    const bomb = entries.find((entry) => entry.name === 'xl/sharedStrings.xml');
    if (!bomb) throw new Error('no shared strings');
    Object.assign(bomb, {
      data: deflateSync(new Uint8Array(10 * 1024 * 1024)),
      deflated: true,
      declared: 50_000,
    });
    const error = await failure(rawZip(entries));
    expect(error.code).toBe('file-too-large');
  });

  it('refuses a workbook listing too many parts', async () => {
    const parts: Record<string, Uint8Array> = {};
    for (let i = 0; i < 5_001; i += 1) parts[`xl/media/p${i}.bin`] = new Uint8Array(0);
    expect((await failure(zipSync(parts))).code).toBe('file-too-large');
  });

  it('refuses XML with a DOCTYPE (entity expansion)', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;</t></si></sst>';
    const bytes = buildWorkbook([{ name: 'SOP', cells: { A1: 'x' } }], {
      ...SHARED_STRINGS,
      'xl/sharedStrings.xml': laughs,
    });
    expect((await failure(bytes)).code).toBe('corrupt');
  });
});

describe('large and empty workbooks', () => {
  it('reads the first 10 000 rows of a 100 000-row sheet and says so', async () => {
    const rows: string[] = [];
    for (let r = 3; r <= 100_002; r += 1) {
      rows.push(
        `<row r="${r}"><c r="A${r}"><v>${r - 2}</v></c><c r="B${r}" t="inlineStr"><is><t>Kegiatan ${r - 2}</t></is></c><c r="C${r}" t="inlineStr"><is><t>X</t></is></c></row>`,
      );
    }
    const bytes = buildWorkbook([
      {
        name: 'Besar',
        cells: {
          A1: 'No',
          B1: 'Kegiatan',
          C1: 'Pelaksana',
          D1: 'Mutu Baku',
          C2: 'Staf',
          D2: 'Output',
        },
        rawRows: rows.join(''),
      },
    ]);
    const { sops } = await importWorkbook(bytes);
    expect(sops).toHaveLength(1);
    expect(sops[0]?.document.steps).toHaveLength(MAX_STEPS);
    const warnings = sops[0]?.report.warnings.map(describeWarning) ?? [];
    expect(warnings).toContain(
      'Lembar "Besar": Lembar ini memiliki lebih dari 10000 baris; 90002 baris sesudahnya tidak dibaca.',
    );
    expect(warnings).toContain(
      `Lembar "Besar": SOP ini berisi 9.998 langkah; paling banyak ${MAX_STEPS} langkah. Hanya ${MAX_STEPS} langkah pertama yang diimpor.`,
    );
  });

  it('says when a workbook holds no SOP', async () => {
    const bytes = buildWorkbook([
      {
        name: 'Daftar SOP',
        cells: { A1: 'No', B1: 'Nomor SOP', C1: 'Nama SOP', A2: 1, B2: '065/1', C2: 'Surat Masuk' },
      },
    ]);
    const error = await failure(bytes);
    expect(error.code).toBe('unsupported-file');
    expect(error.message).toMatch(/^Tidak ditemukan SOP di buku kerja ini/);
  });
});

/** A sharedStrings part and the workbook relationship that points to it. */
const SHARED_STRINGS: Record<string, string> = {
  'xl/sharedStrings.xml':
    '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>x</t></si></sst>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
};

type RawEntry = { name: string; data: Uint8Array; deflated?: boolean; declared?: number };

/** A zip written by hand, so a test can declare a size that the data does not have. */
function rawZip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const size = entry.declared ?? entry.data.length;
    const crc = entry.deflated ? 0 : crc32(entry.data);
    const header = (length: number, signature: number): [Uint8Array, DataView] => {
      const bytes = new Uint8Array(length + name.length);
      const view = new DataView(bytes.buffer);
      view.setUint32(0, signature, true);
      return [bytes, view];
    };
    const [local, lv] = header(30, 0x04034b50);
    lv.setUint16(8, entry.deflated ? 8 : 0, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const [dir, cv] = header(46, 0x02014b50);
    cv.setUint16(10, entry.deflated ? 8 : 0, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    dir.set(name, 46);
    chunks.push(local, entry.data);
    central.push(dir);
    offset += local.length + entry.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of all) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
