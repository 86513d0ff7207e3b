// The exchange with the bureau: re-importing a returned bureau workbook of 100 SOPs (reading the
// workbook, matching each SOP to the library, comparing it with its draft). The review shows this
// before anything changes, so it must come back quickly: the target is 2 s.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseSopJson, type SopDocument } from '../../shared/model';
import type { Library } from '../../electron/services/library/library';
import { openLibrary } from '../../electron/services/library/library';
import { exportWorkbook } from '../../electron/services/xlsx-export/export';
import { importWorkbook } from '../../electron/services/xlsx-import/import';
import type { Bench } from './harness';

const SOPS = 100;
const corpusDir = new URL('../fixtures/sops/', import.meta.url);

let dataDir = '';
let library: Library | undefined;
let workbook: Uint8Array | undefined;

/** 100 SOPs from the corpus, the repeats with their own name and number. */
function hundredSops(): SopDocument[] {
  const docs = fs
    .readdirSync(corpusDir)
    .filter((name) => name.endsWith('.sop.json'))
    .sort()
    .map((name) => parseSopJson(fs.readFileSync(new URL(name, corpusDir), 'utf8')));
  return Array.from({ length: SOPS }, (_, i) => {
    const doc = docs[i % docs.length]!;
    if (i < docs.length) return doc;
    const identity = {
      ...doc.identity,
      name: `${doc.identity.name} (${i + 1})`,
      number: `${i + 1}/${doc.identity.number}`,
    };
    return { ...doc, identity };
  });
}

export const benches: Bench[] = [
  {
    name: 'exchange: re-import a 100-SOP bureau workbook (read, match, diff; target 2 s)',
    runs: 5,
    limits: { runMs: 2_000 },
    setup: async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-exchange-bench-'));
      library = openLibrary(dataDir, { dailyBackup: false });
      const ids = hundredSops().map((doc) => library!.importDocument(doc).summary.id);
      workbook = await exportWorkbook(library.workbookEntries(ids));
    },
    run: async () => {
      const { sops } = await importWorkbook(workbook!);
      const plans = library!.planExchange(sops.map((sop) => ({ ...sop, source: 'biro.xlsx' })));
      if (plans.length !== SOPS || plans.some((plan) => plan.proposed !== 'skip')) {
        throw new Error('the returned workbook should match every SOP, unchanged');
      }
    },
    teardown: () => {
      library?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  },
];
