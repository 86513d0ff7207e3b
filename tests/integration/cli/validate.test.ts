// `sop validate` as a subprocess: exit codes and output on real corpus SOPs and broken files.

import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { runSop } from '../../support/run-cli';

const SOPS = path.resolve('tests/fixtures/sops');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sop-cli-'));

describe('sop validate', () => {
  it('reads a corpus SOP, lists its findings and the total time, exit 0', () => {
    const result = runSop(['validate', path.join(SOPS, '01-pembinaan-kelana-katingan.sop.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Pembinaan KELANA');
    expect(result.stdout).toMatch(/Temuan: \d+ galat, \d+ peringatan, \d+ saran/);
    // The total says how a day is counted.
    expect(result.stdout).toMatch(/Total waktu: .+ \(1 hari = 8 jam kerja\)\n/);
  });

  it('exits 1 exactly on the corpus SOPs with a GALAT, and lists one line per finding', async () => {
    const files = readdirSync(SOPS).filter((f) => f.endsWith('.sop.json'));
    expect(files.length).toBe(67);
    // In-process for the whole corpus (same code as the bundle); subprocesses above and below.
    for (const file of files) {
      const out: string[] = [];
      const code = await runCli(['validate', path.join(SOPS, file)], {
        out: (line) => out.push(line),
        err: (line) => out.push(line),
        cwd: process.cwd(),
        env: {},
      });
      const summary = out.find((line) => line.startsWith('Temuan: ')) ?? '';
      const [errors, warnings, hints] = (summary.match(/\d+/g) ?? []).map(Number);
      expect(code, file).toBe(errors ? 1 : 0);
      const findingLines = out.filter((line) => /^(GALAT|PERINGATAN|SARAN)\t/.test(line));
      expect(findingLines.length, file).toBe((errors ?? 0) + (warnings ?? 0) + (hints ?? 0));
    }
  });

  it('exits 1 with a clear message on an unknown version', () => {
    const file = path.join(tmp, 'v99.sop.json');
    writeFileSync(file, JSON.stringify({ format: 'sop-ap', version: 99 }));
    const result = runSop(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('versi 99');
  });

  it('exits 1 on broken JSON and on a missing file', () => {
    const file = path.join(tmp, 'broken.sop.json');
    writeFileSync(file, '{"format": "sop-ap", "version": 1, "identity": {');
    const broken = runSop(['validate', file]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('bukan JSON yang sah');
    const missing = runSop(['validate', path.join(tmp, 'nope.sop.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('tidak dapat dibaca');
  });

  it('exits 2 on a usage error and prints help', () => {
    expect(runSop(['validate']).code).toBe(2);
    expect(runSop(['frobnicate']).code).toBe(2);
    const help = runSop(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('validate');
  });
});
