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
  ['46-pembinaan-kader', '47-orientasi-tenaga-lini-lapangan'],
  'identity.approvedBy.nip',
  'the NIP is written as in the document ("NIP. 197004071992031005", Identitas!E8); the importer regroups 18 bare digits to "19700407 199203 1 005" (a NIP already grouped is kept)',
);

describe('xlsx export → import round trip over the corpus', () => {
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
      expect(imported.report.warnings).toEqual([]);
    });
    for (const [field, reason] of Object.entries(known)) {
      it.todo(`importer gap, ${name}: ${field} — ${reason}`);
    }
  }
});
