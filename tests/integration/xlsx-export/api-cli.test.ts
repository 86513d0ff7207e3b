// The export reached from outside: the xlsx:export channel (arguments checked against the
// contract, errors as Indonesian messages) and `sop xlsx` as a real subprocess.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xlsxExportChannels } from '../../../shared/api/channels/xlsx-export';
import { dispatchCall } from '../../../electron/services/api/dispatch';
import { JobRegistry } from '../../../electron/services/api/jobs';
import { xlsxExportHandlers } from '../../../electron/services/api/xlsx-export';
import { inlineRunner } from '../../../electron/services/workers/runner';
import { importWorkbook } from '../../../electron/services/xlsx-import/import';
import { runSop } from '../../support/run-cli';
import { differences } from './compare';
import { CORPUS, corpusDoc } from './helpers';

const handlers = xlsxExportHandlers({ runner: inlineRunner, registry: new JobRegistry() });
const call = (args: unknown) =>
  dispatchCall(xlsxExportChannels, handlers, 'xlsx:export', args, () => {});
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sop-xlsx-'));

describe('xlsx:export channel', () => {
  it('returns the workbook of the given SOPs', async () => {
    const doc = corpusDoc('02-jambore-imp');
    const response = await call([[{ document: doc, status: 'Berlaku' }]]);
    expect(response.ok).toBe(true);
    if (!response.ok || !(response.value instanceof Uint8Array)) throw new Error('no bytes');
    const back = (await importWorkbook(response.value)).sops[0]?.document;
    expect(back && differences(doc, back)).toEqual([]);
  });

  it('carries the library id and revision it is given, and none when not given', async () => {
    const doc = corpusDoc('02-jambore-imp');
    const library = { id: '0b7c3f4e-5a61-4d2b-9f0e-3c1d2e4f5a6b', revision: null };
    const response = await call([[{ document: doc, library }, { document: doc }]]);
    if (!response.ok || !(response.value instanceof Uint8Array)) throw new Error('no bytes');
    const { sops } = await importWorkbook(response.value);
    expect(sops.map((sop) => sop.library)).toEqual([library, undefined]);
  });

  it('refuses an empty list, a broken document and unknown fields before exporting', async () => {
    const doc = corpusDoc('02-jambore-imp');
    for (const args of [
      [[]],
      [[{ document: { ...doc, steps: 'no' } }]],
      [[{ document: doc, colour: 'red' }]],
      [[{ document: doc, library: { id: '', revision: 1 } }]],
      [[{ document: doc, library: { id: 'x', revision: 0 } }]],
      [],
    ]) {
      const response = await call(args);
      expect(response).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
  });
});

describe('sop xlsx', () => {
  it('writes a bureau workbook from several files and says so', async () => {
    const out = path.join(tmp, 'biro.xlsx');
    const inputs = ['02-jambore-imp', '11-festival-kampung-kb'].map((n) =>
      path.join(CORPUS, `${n}.sop.json`),
    );
    const result = runSop(['xlsx', ...inputs, '-o', out, '--status', 'Berlaku']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 SOP');
    const imported = await importWorkbook(new Uint8Array(readFileSync(out)));
    expect(imported.sops.map((s) => s.document.identity.name)).toEqual(
      ['02-jambore-imp', '11-festival-kampung-kb'].map((n) => corpusDoc(n).identity.name),
    );
  });

  it('exits 2 on wrong arguments and 1 on a bad input file', () => {
    expect(runSop(['xlsx', '-o', path.join(tmp, 'x.xlsx')]).code).toBe(2);
    expect(runSop(['xlsx', path.join(CORPUS, '02-jambore-imp.sop.json')]).code).toBe(2);
    expect(
      runSop(['xlsx', path.join(CORPUS, '02-jambore-imp.sop.json'), '-o', path.join(tmp, 'x.pdf')])
        .code,
    ).toBe(2);
    const broken = path.join(tmp, 'rusak.sop.json');
    writeFileSync(broken, '{"format":"sop-ap","version":1');
    const result = runSop(['xlsx', broken, '-o', path.join(tmp, 'y.xlsx')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('rusak.sop.json');
  });
});
