// Full-text search over name, number, unit, activities, outputs and legal basis, with
// highlighted snippets; typed input is never interpreted as FTS5 syntax.

import { describe, expect, it } from 'vitest';
import type { SopDocument } from '../../../shared/model';
import { emptySop, emptyStep } from '../../../shared/model';
import { toFtsQuery } from '../../../electron/db/repositories/search';
import { buildSnippet, searchTerm } from '../../../electron/db/repositories/search-snippet';
import { libraryFile } from '../../../electron/services/library/data-dir';
import { corpusFiles, openTestLibrary, tempDir } from './helpers';
import fs from 'node:fs';

function sop(
  name: string,
  extra: Partial<SopDocument['identity']> = {},
  activity = '',
): SopDocument {
  const doc = emptySop();
  const step = { ...emptyStep('s1', 'terminator'), activity, output: 'Laporan bulanan' };
  return { ...doc, identity: { ...doc.identity, name, ...extra }, steps: [step] };
}

function seeded() {
  const library = openTestLibrary();
  const add = (doc: SopDocument) => library.importText(JSON.stringify(doc)).summary.id;
  const ids = {
    surat: add(
      sop('Penanganan Surat Masuk', { number: '065/037/DP3AP2KB/2018' }, 'Menerima surat'),
    ),
    cuti: add(sop('Permohonan Cuti', { unit: 'SUB BAGIAN KEPEGAWAIAN' }, 'Memeriksa berkas cuti')),
    dasar: add(
      sop('Pengelolaan Arsip', {
        legalBasis: ['Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan'],
      }),
    ),
    aksen: add(sop('Évaluasi Kinerja')),
  };
  return { library, ids };
}

/** The words search sees: name, number, unit, activities, outputs, legal basis; no accents. */
function indexedWords(doc: SopDocument): string[] {
  const { name, number, unit, legalBasis } = doc.identity;
  const texts = [
    name,
    number,
    unit,
    ...legalBasis,
    ...doc.steps.flatMap((s) => [s.activity, s.output]),
  ];
  return texts
    .join('\n')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
}

describe('search', () => {
  it('finds SOPs by each indexed field', () => {
    const { library, ids } = seeded();
    const found = (text: string) => library.search(text).map((hit) => hit.summary.id);
    expect(found('surat masuk')).toEqual([ids.surat]);
    expect(found('065/037')).toEqual([ids.surat]);
    expect(found('kepegawaian')).toEqual([ids.cuti]);
    expect(found('berkas')).toEqual([ids.cuti]);
    expect(found('kearsipan')).toEqual([ids.dasar]);
    expect(found('laporan').sort()).toEqual(Object.values(ids).sort());
    expect(found('evaluasi')).toEqual([ids.aksen]);
    expect(found('peng')).toEqual([ids.dasar]);
    expect(found('tidakada')).toEqual([]);
  });

  it('finds word forms: lapor finds pelaporan, bina finds pembinaan, and back', () => {
    const library = openTestLibrary();
    const add = (doc: SopDocument) => library.importText(JSON.stringify(doc)).summary.id;
    // Every test SOP's step outputs "Laporan bulanan": lapor finds them all, pelaporan first.
    const pelaporan = add(sop('Pelaporan Kegiatan Bulanan', {}, 'Mencatat hasil'));
    const pembinaan = add(sop('Rapat Koordinasi', {}, 'Melakukan pembinaan kader'));
    const penyusunan = add(
      sop('Penyusunan Rencana Kerja', { unit: 'SUB BAGIAN PERENCANAAN' }, 'Memeriksa berkas'),
    );
    const pengiriman = add(sop('Surat Keluar', {}, 'Mengirimkan surat kepada penerima'));
    const found = (text: string) =>
      library
        .search(text)
        .map((hit) => hit.summary.id)
        .sort();
    expect(library.search('lapor').map((hit) => hit.summary.id)[0]).toBe(pelaporan);
    expect(found('melaporkan')).toHaveLength(4);
    expect(found('pelaporan kegiatan')).toEqual([pelaporan]);
    expect(found('bina')).toEqual([pembinaan]);
    expect(found('membina kader')).toEqual([pembinaan]);
    expect(found('susun')).toEqual([penyusunan]);
    expect(found('rencana')).toEqual([penyusunan]);
    expect(found('pemeriksaan')).toEqual([penyusunan]);
    expect(found('kirim')).toEqual([pengiriman]);
    expect(found('terima')).toEqual([pengiriman]);
    // The snippet marks the word form that matched, in its own text.
    const [hit] = library.search('bina');
    expect(hit!.snippet.filter((part) => part.match)).toEqual([{ text: 'pembinaan', match: true }]);
    // Every word must occur, each in any of its forms.
    expect(found('lapor bina')).toEqual([pembinaan]);
    expect(found('pelaporan susun kirim')).toEqual([]);
  });

  it('ranks a match in the name above one in the body', () => {
    const library = openTestLibrary();
    const body = library.importText(JSON.stringify(sop('Rapat', {}, 'membahas anggaran'))).summary
      .id;
    const name = library.importText(JSON.stringify(sop('Penyusunan Anggaran'))).summary.id;
    expect(library.search('anggaran').map((hit) => hit.summary.id)).toEqual([name, body]);
  });

  it('returns snippets with the matched words marked', () => {
    const { library } = seeded();
    const [hit] = library.search('cuti');
    expect(
      hit!.snippet.filter((part) => part.match).map((part) => part.text.toLowerCase()),
    ).toContain('cuti');
    expect(hit!.snippet.map((part) => part.text).join('')).toMatch(/cuti/i);
  });

  it('follows edits, the bin and permanent deletion', () => {
    const { library, ids } = seeded();
    const doc = library.open(ids.cuti).document;
    library.saveDraft(ids.cuti, { ...doc, identity: { ...doc.identity, name: 'Izin Belajar' } });
    expect(library.search('izin').map((hit) => hit.summary.id)).toEqual([ids.cuti]);
    library.moveToBin(ids.cuti);
    expect(library.search('izin')).toEqual([]);
    library.restoreFromBin(ids.cuti);
    expect(library.search('izin')).toHaveLength(1);
    library.moveToBin(ids.cuti);
    library.emptyBin();
    expect(library.search('izin')).toEqual([]);
  });

  it('takes FTS5 operators and quotes in the input literally', () => {
    const { library, ids } = seeded();
    const found = (text: string) => library.search(text).map((hit) => hit.summary.id);
    // Quotes and carets are not words; operators are plain words to find, which no SOP holds.
    expect(found('surat"')).toEqual([ids.surat]);
    expect(found('^surat')).toEqual([ids.surat]);
    expect(found('surat OR cuti')).toEqual([]);
    expect(found('cuti NOT surat')).toEqual([]);
    for (const hostile of [
      '"',
      'NEAR(surat',
      'surat OR',
      '* AND -',
      'a:b',
      '(((',
      "'; DROP TABLE sops; --",
    ]) {
      expect(found(hostile), hostile).toEqual([]);
    }
    expect(library.search('   ')).toEqual([]);
    expect(library.list().total).toBe(4);
    expect(toFtsQuery('surat "masuk')).toBe(
      '("surat" OR {name_stems body_stems} : ("surat")) AND ("""masuk"* OR {name_stems body_stems} : ("masuk"))',
    );
    expect(toFtsQuery('065/037')).toBe('"065/037"*');
  });

  it('marks the matched words and word forms in a window of the best text', () => {
    const terms = [searchTerm('lapor', false), searchTerm('bul', true)];
    const parts = buildSnippet(
      ['Rapat', 'Menyusun pelaporan kegiatan setiap bulan kepada Kepala Dinas'],
      terms,
    );
    expect(parts).toEqual([
      { text: 'Menyusun ', match: false },
      { text: 'pelaporan', match: true },
      { text: ' kegiatan setiap ', match: false },
      { text: 'bulan', match: true },
      { text: ' kepada Kepala Dinas', match: false },
    ]);
    const long = Array.from({ length: 30 }, (_, i) => `kata${i}`).join(' ');
    const cut = buildSnippet([`${long} pembinaan ${long}`], [searchTerm('bina', true)]);
    expect(cut[0]?.text.startsWith('…')).toBe(true);
    expect(cut.filter((part) => part.match)).toEqual([{ text: 'pembinaan', match: true }]);
    expect(cut[cut.length - 1]?.text.endsWith('…')).toBe(true);
  });

  it('repairs a damaged search index from the drafts when the library is checked', async () => {
    const dir = tempDir();
    const library = openTestLibrary(dir);
    const id = library.importText(JSON.stringify(sop('Penanganan Surat Masuk'))).summary.id;
    library.close();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(libraryFile(dir));
    // Shadow tables are write-protected unless SQLite's defensive mode is off.
    db.unsafeMode(true);
    db.prepare("UPDATE sop_search_content SET c0 = 'rusak'").run();
    expect(db.pragma('integrity_check', { simple: true })).not.toBe('ok');
    db.close();
    const reopened = openTestLibrary(dir);
    expect(reopened.checkIntegrity()).toEqual([]);
    expect(reopened.search('surat').map((hit) => hit.summary.id)).toEqual([id]);
    expect(reopened.search('rusak')).toEqual([]);
  });

  it('indexes the whole corpus', () => {
    const library = openTestLibrary();
    for (const file of corpusFiles()) library.importFile(file);
    expect(library.list().total).toBe(corpusFiles().length);
    // Every SOP with a word starting "kb" in an indexed field, and no other.
    const withKb = corpusFiles()
      .map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as SopDocument)
      .filter((doc) => indexedWords(doc).some((word) => word.startsWith('kb')))
      .map((doc) => doc.identity.name)
      .sort();
    expect(withKb.length).toBeGreaterThan(3);
    expect(
      library
        .search('kb')
        .map((hit) => hit.summary.name)
        .sort(),
    ).toEqual(withKb);
    const text = fs.readFileSync(corpusFiles()[0]!, 'utf8');
    const name = (JSON.parse(text) as SopDocument).identity.name;
    expect(library.search(name)[0]!.summary.name).toBe(name);
  });
});
