// The `sop` command as a user meets it on bad input: exit 1 on a GALAT, control characters from
// documents and workbooks printed visibly, batches that go on after a bad file and end with the
// count, and a closed output pipe ending the command quietly.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSopJson, serializeSop, type SopDocument } from '../../../shared/model';
import { exportWorkbook } from '../../../electron/services/xlsx-export/export';
import { openZip } from '../../../electron/services/ooxml/zip-read';
import { writeZip } from '../../../electron/services/ooxml/zip-write';
import { CLI, runSop } from '../../support/run-cli';

const SOPS = path.resolve('tests/fixtures/sops');
const GOOD = path.join(SOPS, '56-membagi-tugas-bawahan.sop.json');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sop-cli-errors-'));
/** Sets the window title, then clears the screen; a C1 CSI for good measure. */
const HOSTILE = 'Nama \x1b]0;judul\x07 \x1b[2J \u009b31m';
const SHOWN = 'Nama \\x1b]0;judul\\x07 \\x1b[2J \\x9b31m';
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function goodDocument(): SopDocument {
  return parseSopJson(readFileSync(GOOD, 'utf8'));
}

function writeSop(name: string, doc: SopDocument): string {
  const file = path.join(tmp, name);
  writeFileSync(file, serializeSop(doc));
  return file;
}

/** The decision step of the good SOP with its "Tidak" exit sent to `target`. */
function withNoExit(target: string): SopDocument {
  const doc = goodDocument();
  const decision = doc.steps.find((step) => step.symbol === 'decision')!;
  decision.no = target;
  return doc;
}

describe('sop validate on errors', () => {
  it('exits 1 when a GALAT is reported: an exit to a missing step, or to itself', () => {
    const missing = runSop(['validate', writeSop('hilang.sop.json', withNoExit('tidak-ada'))]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/^GALAT\t/m);
    const decision = goodDocument().steps.find((step) => step.symbol === 'decision')!;
    const self = runSop(['validate', writeSop('diri.sop.json', withNoExit(decision.id))]);
    expect(self.code).toBe(1);
    expect(self.stdout).toContain('kembali ke langkah itu sendiri');
    expect(runSop(['validate', GOOD]).code).toBe(0);
  });

  it('prints an SOP name with escape sequences visibly, never raw', () => {
    const doc = goodDocument();
    doc.identity.name = HOSTILE;
    const result = runSop(['validate', writeSop('nakal.sop.json', doc)]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`${SHOWN} — 8 langkah, 4 pelaksana`);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
  });
});

describe('sop import on errors', () => {
  it('prints SOP and sheet names with escape sequences visibly', async () => {
    const doc = goodDocument();
    doc.identity.name = HOSTILE;
    const workbook = renameSheet(
      await exportWorkbook([{ document: doc }]),
      'Diagram Alir',
      HOSTILE,
    );
    const input = path.join(tmp, 'nakal.xlsx');
    writeFileSync(input, workbook);
    const result = runSop(['import', input, '-o', path.join(tmp, 'nakal')]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`SOP: ${SHOWN} — lembar "Identitas", "${SHOWN}"`);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
  });

  it('goes on after a workbook that fails and ends with the count', () => {
    const bad = path.join(tmp, 'bukan.xlsx');
    writeFileSync(bad, 'bukan buku kerja');
    const good = path.resolve('tests/fixtures/real/basarnas-penanganan-informasi-bencana.xlsx');
    const out = path.join(tmp, 'campur');
    const result = runSop(['import', bad, good, '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '2 SOP diimpor dari basarnas-penanganan-informasi-bencana.xlsx.',
    );
    const errors = result.stderr.trim().split('\n');
    expect(errors[0]).toMatch(/^.*bukan\.xlsx: /);
    expect(errors.at(-1)).toBe('1 dari 2 berhasil; 1 gagal.');
  });
});

describe('sop book on errors', () => {
  it(
    'binds the readable SOPs, reports the others and ends with the count',
    { timeout: 60_000 },
    () => {
      const broken = path.join(tmp, 'rusak.sop.json');
      writeFileSync(broken, '{"format": "sop-ap",');
      const output = path.join(tmp, 'buku.pdf');
      const result = runSop(['book', GOOD, broken, '-o', output]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('(1 SOP)');
      expect(existsSync(output)).toBe(true);
      const errors = result.stderr.trim().split('\n');
      expect(errors[0]).toMatch(/rusak\.sop\.json: Berkas bukan JSON yang sah/);
      expect(errors.at(-1)).toBe('1 dari 2 berhasil; 1 gagal.');
    },
  );
});

describe('a closed output pipe', () => {
  it('ends `sop validate … | head -1` quietly, without an EPIPE stack', async () => {
    const child = spawn(process.execPath, [CLI, 'validate', GOOD], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader goes away before the first line is written, as `head -1` does after one.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

/** The workbook with sheet `from` renamed to `to`, written raw into workbook.xml. */
function renameSheet(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const zip = openZip(bytes);
  const entries: [string, Uint8Array][] = zip.names.map((name) => {
    const part = zip.read(name)!;
    if (name !== 'xl/workbook.xml') return [name, part];
    const xml = Buffer.from(part).toString('utf8').replace(`name="${from}"`, `name="${to}"`);
    return [name, new Uint8Array(Buffer.from(xml, 'utf8'))];
  });
  return writeZip(entries);
}
