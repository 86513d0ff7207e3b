// Reading exported workbooks back in tests: parts as text, corpus documents by name, and small
// synthetic documents for cases the corpus lacks (joint steps, custom exit labels, logo).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { base64, pngBytes } from '../../support/pictures';
import { emptySop, emptyStep, parseSopJson, type SopDocument } from '../../../shared/model';

export const CORPUS = path.resolve(import.meta.dirname, '../../fixtures/sops');

export function corpusDoc(name: string): SopDocument {
  return parseSopJson(readFileSync(path.join(CORPUS, `${name}.sop.json`), 'utf8'));
}

export type Parts = Map<string, string>;

export function parts(bytes: Uint8Array): Parts {
  const files = unzipSync(bytes);
  return new Map(
    Object.entries(files)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

export function part(all: Parts, name: string): string {
  const text = all.get(name);
  if (text === undefined) throw new Error(`no part ${name}`);
  return text;
}

/** All matches of a regex's first group. */
export function all(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(new RegExp(pattern.source, 'g'))].map((m) => m[1] ?? '');
}

/** A 4×4 red PNG as base64. */
export function tinyPng(): string {
  return base64(pngBytes(4, 4, [200, 0, 0]));
}

/**
 * Joint activities (entry column first, not leftmost), a decision with custom labels that loops
 * back, a decision whose Ya goes forward past the next row, extra identity sections, and
 * characters XML must escape.
 */
export function syntheticDoc(): SopDocument {
  const doc = emptySop();
  doc.identity.government = 'PEMERINTAH KOTA <UJI> & "CONTOH"';
  doc.identity.agency = 'DINAS UJI COBA';
  doc.identity.unit = 'BIDANG PENGUJIAN';
  doc.identity.number = '800/01/UJI/2026';
  doc.identity.createdDate = '2 Januari 2026';
  doc.identity.effectiveDate = '3 Januari 2026';
  doc.identity.approvedBy = {
    title: 'Kepala Dinas Uji Coba',
    name: 'Dr. A & B',
    nip: '19800101 200501 1 001',
  };
  doc.identity.name = 'Pengujian Ekspor Excel';
  doc.identity.legalBasis = ['Undang-Undang Nomor 1 Tahun 2026 <tentang> "Uji"', 'Peraturan kedua'];
  doc.identity.equipment = ['Komputer', 'Printer', 'Kertas'];
  doc.identity.extraSections = [
    { label: 'Tujuan', items: ['Menjamin mutu layanan', 'Menyeragamkan langkah'] },
    { label: 'Definisi', items: ['Berkas adalah surat permohonan beserta lampirannya'] },
  ];
  doc.executors = [
    { id: 'e1', name: 'Staf' },
    { id: 'e2', name: 'Kasubbag' },
    { id: 'e3', name: 'Kepala Dinas' },
  ];
  const step = (
    id: string,
    symbol: 'terminator' | 'process' | 'decision',
    executors: string[],
    activity: string,
  ) => ({
    ...emptyStep(id, symbol),
    executors,
    activity,
    requirements: 'Berkas',
    time: '15 menit',
    output: 'Surat',
  });
  doc.steps = [
    step('s1', 'terminator', ['e1'], 'Menerima berkas permohonan'),
    step('s2', 'process', ['e2', 'e1'], 'Memeriksa berkas bersama-sama & mencatat'),
    {
      ...step('s3', 'decision', ['e2'], 'Apakah berkas lengkap?'),
      no: 's2',
      labels: ['Lengkap', 'Tidak lengkap'] as [string, string],
    },
    step('s4', 'process', ['e3'], 'Menandatangani surat\nbaris kedua'),
    { ...step('s5', 'decision', ['e3'], 'Disetujui?'), yes: 's7', no: 's4' },
    step('s6', 'process', ['e1'], 'Memperbaiki surat 😀'),
    step('s7', 'terminator', ['e1', 'e3'], 'Mengarsipkan surat'),
  ];
  doc.print.paper = 'A4';
  return doc;
}
