// Round trip over the corpus: every SOP exported to .xlsx and imported back with the importer
// gives the same document. The few differences that come from the importer (not from the
// workbook) are listed below with the reason and tracked as todo items.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSopJson } from '../../../shared/model';
import { exportWorkbook } from '../../../electron/services/xlsx-export/export';
import { importWorkbook } from '../../../electron/services/xlsx/import';
import { differences } from './compare';

const CORPUS = path.resolve(import.meta.dirname, '../../fixtures/sops');
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.sop.json'))
  .sort();

/** Fields the importer reads back differently, per corpus file, with what happens. */
const IMPORTER_GAPS: Record<string, Record<string, string>> = {};
const gap = (names: string[], field: string, reason: string): void => {
  for (const name of names) IMPORTER_GAPS[name] = { ...IMPORTER_GAPS[name], [field]: reason };
};
gap(
  ['09-rencana-kerja-dan-anggaran', '42-pelaporan-rekap-absensi-pkb'],
  'identity.approvedBy',
  'Disahkan oleh without a title: parseApprover takes the only text group (the name, cell E7) as the title, so title "" / name "X" comes back as title "X" / name ""',
);
gap(
  [
    '28-kegiatan-peringatan-hari-ibu',
    '29-kegiatan-peringatan-hari-kartini',
    '34-seminar-penguatan-peran-perempuan',
    '46-pembinaan-kader',
    '47-orientasi-tenaga-lini-lapangan',
  ],
  'identity.approvedBy.nip',
  'the NIP is written as in the document ("NIP. 19700407 199203 1005", cell E8) but formatNip regroups 18 digits to "19700407 199203 1 005"',
);
gap(
  [
    '70-lomba-perempuan-inspiratif-bekasi',
    '71-lomba-posyandu-bekasi',
    '72-pembinaan-pkk-bekasi',
    '74-pembinaan-gow-bekasi',
    '75-diklat-pprg-bekasi',
    '76-penilaian-p2wkss-bekasi',
    '77-sekoper-cinta-bekasi',
    '79-pendampingan-kasus-anak-bekasi',
    '80-rakor-organisasi-wanita-bekasi',
  ],
  'print.coordination',
  'the Paraf Koordinasi rows are written in the hidden sheet-scoped defined name SOP_Cetak (JSON of print) on the flowchart sheet; the importer does not read it and returns []',
);
gap(
  ['81-pembinaan-ketahanan-keluarga-purwakarta'],
  'print.narrativeTable',
  'narrativeTable is written in the defined name SOP_Cetak; the importer does not read it and returns false',
);

/**
 * The importer gives a Ya/Tidak text box to the nearest connector by bounding box, so a label
 * beside its own exit can go to another decision's back arrow whose box covers it; it then
 * guesses "the next step is Ya" (right for the corpus) and says so in a warning.
 */
const LABEL_WARNING = 'label Ya/Tidak tidak ditemukan';

describe('xlsx export → import round trip over the corpus', () => {
  it.todo(
    'importer gap: Ya/Tidak text boxes are given to the connector with the nearest bounding box (flow-read assignLabels); back arrows of later decisions cover the labels of earlier ones (e.g. 28, Diagram Alir!B9), so the label is lost and a warning says Ya was guessed',
  );
  for (const file of files) {
    const name = file.replace(/\.sop\.json$/, '');
    const known = IMPORTER_GAPS[name] ?? {};
    it(`${name} comes back equal${Object.keys(known).length ? ' (but for importer gaps)' : ''}`, async () => {
      const doc = parseSopJson(readFileSync(path.join(CORPUS, file), 'utf8'));
      const bytes = await exportWorkbook([{ document: doc }]);
      const result = await importWorkbook(bytes);
      expect(result.sops).toHaveLength(1);
      const imported = result.sops[0];
      if (!imported) return;
      const diffs = differences(doc, imported.document).filter(
        (d) => !Object.keys(known).some((field) => d === field || d.startsWith(`${field}.`)),
      );
      expect(diffs).toEqual([]);
      const warnings = imported.report.warnings.filter((w) => !w.message.includes(LABEL_WARNING));
      expect(warnings).toEqual([]);
    });
    for (const [field, reason] of Object.entries(known)) {
      it.todo(`importer gap, ${name}: ${field} — ${reason}`);
    }
  }
});
