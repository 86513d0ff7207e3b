// Round trip over the corpus: every SOP exported to .xlsx and imported back with the importer
// gives the same document, with no warning in the import report.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSopJson } from '../../../shared/model';
import { exportWorkbook } from '../../../electron/services/xlsx-export/export';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { differences } from './compare';

const CORPUS = path.resolve(import.meta.dirname, '../../fixtures/sops');
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.sop.json'))
  .sort();

describe('xlsx export → import round trip over the corpus', () => {
  for (const file of files) {
    const name = file.replace(/\.sop\.json$/, '');
    it(`${name} comes back equal`, async () => {
      const doc = parseSopJson(readFileSync(path.join(CORPUS, file), 'utf8'));
      const bytes = await exportWorkbook([{ document: doc }]);
      const result = await importWorkbook(bytes);
      expect(result.sops).toHaveLength(1);
      const imported = result.sops[0];
      if (!imported) return;
      expect(differences(doc, imported.document)).toEqual([]);
      expect(imported.report.warnings).toEqual([]);
    });
  }
});
