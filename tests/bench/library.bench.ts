// Benchmarks of the SOP library on a 5,000-SOP library generated once from the corpus: open,
// list a page of 100, full-text search, autosave and load of a 50-step SOP.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SopDocument } from '../../shared/model';
import { parseSopJson } from '../../shared/model';
import type { Library } from '../../electron/services/library/library';
import { openLibrary } from '../../electron/services/library/library';
import { readSopTexts } from '../../electron/services/library/read-many';
import type { Bench } from './harness';

const LIBRARY_SIZE = 5_000;
const corpusDir = new URL('../fixtures/sops/', import.meta.url);

let dataDir: string | undefined;
let library: Library | undefined;
let longId = '';
let longDoc: SopDocument | undefined;
let saves = 0;
let searches = 0;

function corpus(): SopDocument[] {
  return fs
    .readdirSync(corpusDir)
    .filter((name) => name.endsWith('.sop.json'))
    .sort()
    .map((name) => parseSopJson(fs.readFileSync(new URL(name, corpusDir), 'utf8')));
}

/** A 50-step SOP made by repeating a corpus SOP's steps under fresh ids. */
function fiftySteps(base: SopDocument): SopDocument {
  const steps = Array.from({ length: 50 }, (_, i) => {
    const step = base.steps[i % base.steps.length]!;
    return {
      ...step,
      id: `s${i + 1}`,
      yes: null,
      no: null,
      activity: `${step.activity} (${i + 1})`,
    };
  });
  return { ...base, identity: { ...base.identity, name: 'SOP lima puluh langkah' }, steps };
}

/** Generates the library once (all benches share it); later calls reopen it. */
function sharedLibrary(): Library {
  if (library) return library;
  if (!dataDir) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-library-bench-'));
    process.on('exit', () => fs.rmSync(dataDir!, { recursive: true, force: true }));
    const generating = openLibrary(dataDir, { dailyBackup: false });
    const docs = corpus();
    for (let i = 0; i < LIBRARY_SIZE - 1; i++) {
      const doc = docs[i % docs.length]!;
      const identity = {
        ...doc.identity,
        name: `${doc.identity.name} ${i + 1}`,
        number: `${i + 1}/${doc.identity.number}`,
      };
      generating.importText(JSON.stringify({ ...doc, identity }), `bench-${i + 1}`);
    }
    longDoc = fiftySteps(docs[0]!);
    longId = generating.importText(JSON.stringify(longDoc)).summary.id;
    generating.close();
  }
  library = openLibrary(dataDir);
  return library;
}

function closeShared(): void {
  library?.close();
  library = undefined;
}

const queries = ['pembinaan', 'surat masuk', 'kader kb', 'laporan', 'undang nomor 23'];

export const benches: Bench[] = [
  {
    name: 'library: open a 5,000-SOP library (and close it)',
    runs: 10,
    setup: () => {
      sharedLibrary();
      closeShared();
    },
    run: () => openLibrary(dataDir!).close(),
  },
  {
    name: 'library: list a page of 100 of 5,000 SOPs (sorted by name)',
    setup: sharedLibrary,
    run: () => sharedLibrary().list({ sort: 'name', offset: 2_400, limit: 100 }),
  },
  {
    name: 'library: full-text search of 5,000 SOPs (one query)',
    runs: 25,
    setup: sharedLibrary,
    run: () => sharedLibrary().search(queries[searches++ % queries.length]!),
  },
  {
    name: 'library: save (autosave) a 50-step SOP',
    setup: sharedLibrary,
    run: () => {
      saves++;
      const doc = longDoc!;
      const steps = doc.steps.map((s, i) =>
        i === saves % 50 ? { ...s, notes: `ubah ${saves}` } : s,
      );
      sharedLibrary().saveDraft(longId, { ...doc, steps });
    },
  },
  {
    name: 'library: Cadangkan a 5,000-SOP library (online backup, 100 pages a step)',
    runs: 3,
    setup: sharedLibrary,
    run: async () => {
      const target = path.join(dataDir!, 'bench-cadangan.sqlite');
      await sharedLibrary().backupTo(target);
      fs.rmSync(target);
    },
  },
  {
    name: 'library: import 100 .sop.json files (read, check, one transaction)',
    runs: 5,
    setup: sharedLibrary,
    run: () => {
      const files = corpus()
        .slice(0, 10)
        .flatMap((doc, i) =>
          Array.from({ length: 10 }, (_, j) => ({
            name: `impor-${i}-${j}.sop.json`,
            text: JSON.stringify(doc),
          })),
        );
      const read = readSopTexts(files, () => undefined);
      const docs = read.flatMap((file) =>
        'document' in file ? [{ document: file.document, source: file.name }] : [],
      );
      sharedLibrary().importDocuments(docs);
    },
  },
  {
    name: 'library: load a 50-step SOP',
    setup: sharedLibrary,
    run: () => sharedLibrary().open(longId),
    teardown: closeShared,
  },
];
