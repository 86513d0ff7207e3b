// A workbook holding more than an SOP may (format.md §7.1) imports within the limits with the
// shared rule's messages (shared/import/limits.ts), filed under the sheet of the part cut, instead
// of failing the whole import or cutting without a word.

import { describe, expect, it } from 'vitest';
import { exportWorkbook } from '../../../electron/services/xlsx-export/export';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { describeWarning } from '../../../shared/import';
import {
  MAX_EXECUTOR_NAME_LENGTH,
  MAX_EXECUTORS,
  MAX_EXTRA_SECTIONS,
  MAX_LIST_ITEMS,
  MAX_STEPS,
  MAX_TEXT_LENGTH,
} from '../../../shared/limits';
import { parseSopValue } from '../../../shared/model';
import { syntheticSop } from '../../unit/layout/synthetic';
import { buildWorkbook, type CellSpec } from './workbook-builder';

const SECTION_LABELS = ['Tujuan', 'Definisi', 'Indikator Kinerja', 'Ruang Lingkup'];

async function importOne(bytes: Uint8Array) {
  const { sops } = await importWorkbook(bytes);
  expect(sops).toHaveLength(1);
  const [sop] = sops;
  expect(() => parseSopValue(structuredClone(sop!.document))).not.toThrow();
  const { recognised, warnings } = sop!.report;
  return { doc: sop!.document, recognised, warnings: warnings.map(describeWarning) };
}

describe('a workbook over the document limits', () => {
  it('imports its first steps, items and sections with texts cut, each cut said once', async () => {
    const source = syntheticSop({ steps: 505, executors: 4 });
    source.identity.legalBasis = Array.from({ length: 260 }, (_, i) => `Peraturan ${i + 1}`);
    source.identity.extraSections = Array.from({ length: 55 }, (_, i) => ({
      // Labels the importer knows for a section (field-variants.ts); others join the list above.
      label: SECTION_LABELS[i % SECTION_LABELS.length]!,
      items: [`Isi bagian ${i + 1}`],
    }));
    source.identity.approvedBy.title = 'Kepala Dinas '.repeat(400);
    source.executors[1]!.name = 'Kepala Bidang '.repeat(43);
    source.steps[1]!.activity = 'Memeriksa berkas usulan. '.repeat(220);
    const { doc, recognised, warnings } = await importOne(
      await exportWorkbook([{ document: source }]),
    );
    expect(recognised).toContainEqual(expect.stringMatching(/: 4 pelaksana, 505 langkah,/));
    expect(doc.steps).toHaveLength(MAX_STEPS);
    expect(doc.identity.legalBasis).toHaveLength(MAX_LIST_ITEMS);
    expect(doc.identity.extraSections).toHaveLength(MAX_EXTRA_SECTIONS);
    expect(doc.identity.approvedBy.title).toHaveLength(MAX_TEXT_LENGTH);
    expect(doc.executors[1]!.name).toHaveLength(MAX_EXECUTOR_NAME_LENGTH);
    expect(doc.steps[1]!.activity).toHaveLength(MAX_TEXT_LENGTH);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'Lembar "Diagram Alir": SOP ini berisi 505 langkah; paling banyak 500 langkah. Hanya 500 langkah pertama yang diimpor.',
        'Lembar "Identitas": Identitas SOP ini berisi 55 bagian tambahan; paling banyak 50 bagian tambahan. Hanya 50 bagian pertama yang diimpor.',
        'Lembar "Identitas": Daftar identitas lebih dari 200 butir: Dasar Hukum 260 butir; paling banyak 200 butir per daftar. Hanya 200 butir pertama yang diimpor.',
        'Lembar "Diagram Alir": Nama pelaksana lebih dari 500 karakter dipotong menjadi 500 karakter: pelaksana 2 (601 karakter).',
        'Lembar "Identitas": Teks lebih dari 5.000 karakter dipotong menjadi 5.000 karakter: Jabatan pengesah (5.199 karakter), langkah 2 Kegiatan (5.499 karakter).',
      ]),
    );
    expect(warnings.filter((w) => /yang diimpor\.|dipotong menjadi/.test(w))).toHaveLength(5);
  });

  it('reads the first 30 of 32 executor lanes and lets go of the steps in the others', async () => {
    const lanes = MAX_EXECUTORS + 2;
    const cells: Record<string, CellSpec> = { A1: 'No', B1: 'Kegiatan', C1: 'Pelaksana' };
    for (let i = 0; i < lanes; i += 1) cells[`${column(2 + i)}2`] = `Pelaksana ${i + 1}`;
    cells[`${column(2 + lanes)}1`] = 'Mutu Baku';
    cells[`${column(2 + lanes)}2`] = 'Output';
    ['Menerima berkas', 'Memeriksa berkas', 'Menandatangani'].forEach((activity, i) => {
      cells[`A${3 + i}`] = i + 1;
      cells[`B${3 + i}`] = activity;
      cells[`${column(2 + [0, lanes - 1, 5][i]!)}${3 + i}`] = 'X';
    });
    const { doc, warnings } = await importOne(buildWorkbook([{ name: 'Lebar', cells }]));
    expect(doc.executors).toHaveLength(MAX_EXECUTORS);
    expect(doc.steps.map((s) => s.executors)).toEqual([['e1'], [], ['e6']]);
    expect(warnings).toContain(
      'Lembar "Lebar": SOP ini berisi 32 pelaksana; paling banyak 30 pelaksana. Hanya 30 pelaksana pertama yang diimpor. Pelaksana yang tidak diimpor dilepas dari 1 langkah.',
    );
  });
});

/** `A`, `Z`, `AA`: the letters of a 0-based column. */
function column(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : column(Math.floor(index / 26) - 1) + letter;
}
