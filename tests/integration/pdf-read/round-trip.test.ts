// Every corpus SOP printed by this app on A4, F4 and Legal without its attached source, read back
// from its drawn pages (text, rules, symbols and arrows), imports equal to the source: the whole
// document, identity included, but for what the print cannot carry (print-losses.ts).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSopPdf } from '../../../electron/services/pdf';
import { recognisePages } from '../../../electron/services/pdf-import/recognise';
import { parseSopJson } from '../../../shared/model';
import { comparable } from './compare';
import { readPrint } from './make-pdf';
import { asPrinted } from './print-losses';

const corpusDir = join(import.meta.dirname, '../../fixtures/sops');
const corpusFiles = readdirSync(corpusDir).filter((f) => f.endsWith('.sop.json'));

describe('PDF round trip', () => {
  describe.each(corpusFiles)('%s', (file) => {
    const source = parseSopJson(readFileSync(join(corpusDir, file), 'utf8'));
    it.each(['A4', 'F4', 'Legal'] as const)('imports back equal from %s', async (paper) => {
      const bytes = await renderSopPdf(source, { paper }, { source: false });
      const { pages, producer } = await readPrint(bytes);
      const result = recognisePages(pages, producer);
      expect(result.sops).toHaveLength(1);
      expect(comparable(result.sops[0]!.document)).toEqual(
        comparable(asPrinted(file, paper, source)),
      );
    });
  });
});
