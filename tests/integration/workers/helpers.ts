// What the worker tests share: the built worker script, corpus SOPs in bulk, a job id.

import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSopJson, type SopDocument } from '../../../shared/model';

/** Written by `node scripts/build.mjs` (npm test builds before the integration tests). */
export const WORKER_FILE = path.resolve('build/sop-worker.cjs');

const CORPUS = path.resolve('tests/fixtures/sops');

/** `count` corpus SOPs, repeating the corpus as needed. */
export function corpusDocs(count: number): SopDocument[] {
  const files = readdirSync(CORPUS).filter((name) => name.endsWith('.sop.json'));
  return Array.from({ length: count }, (_, i) =>
    parseSopJson(readFileSync(path.join(CORPUS, files[i % files.length] ?? ''), 'utf8')),
  );
}

export function oneDoc(): SopDocument {
  const [doc] = corpusDocs(1);
  if (!doc) throw new Error('the corpus is empty');
  return doc;
}

export const newJobId = (): string => randomUUID();
