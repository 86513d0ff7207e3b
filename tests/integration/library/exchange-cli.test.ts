// `sop library import|approve|export -o biro.xlsx` as a real subprocess: the bureau workbook
// comes back unchanged, an updated .sop.json updates its SOP (matched by Nomor SOP and unit), a
// new one is added, --new adds copies, and what cannot be matched safely or read is "gagal".

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSopJson, serializeSop } from '../../../shared/model';
import { runSop } from '../../support/run-cli';
import { corpusFiles, tempDir } from './helpers';

function lines(stdout: string): string[][] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => line.split('\t'));
}

describe('sop library import, approve and export to a bureau workbook', () => {
  it('updates matched SOPs, adds the rest and reports each', { timeout: 120_000 }, () => {
    const dataDir = tempDir();
    const out = tempDir();
    const lib = (...args: string[]) => runSop(['library', ...args, '--data-dir', dataDir]);
    const count = () => (JSON.parse(lib('list', '--json').stdout) as unknown[]).length;
    const files = corpusFiles();
    const ids = lines(lib('add', ...files.slice(0, 3)).stdout).map((l) => l[0]!);

    const approved = lib('approve', ids[0]!, '--note', 'Disahkan Kepala Dinas');
    expect(approved.code).toBe(0);
    expect(lines(approved.stdout)).toEqual([[ids[0], 'disahkan', 'rev. 1']]);
    expect(lib('approve', 'tidak-ada').code).toBe(1);

    const biro = path.join(out, 'biro.xlsx');
    expect(lib('export', ...ids, '-o', biro).code).toBe(0);
    expect(fs.statSync(biro).size).toBeGreaterThan(0);
    const several = lib('export', ...ids, '-o', path.join(out, 'x.sop.json'));
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('-d');

    const unchanged = lib('import', biro);
    expect(unchanged.code).toBe(0);
    expect(lines(unchanged.stdout).slice(0, 3)).toEqual(
      ids.map((id, i) => [
        'tidak berubah',
        id,
        parseSopJson(fs.readFileSync(files[i]!, 'utf8')).identity.name,
        'menurut id pustaka',
      ]),
    );
    expect(count()).toBe(3);

    // Offices send updated .sop.json files: no carried id, so matched by Nomor SOP and unit, or
    // (SOP 02 has no number) by name and unit, which is reported as a guess.
    const edited = (id: string, name: string): string => {
      const file = path.join(out, name);
      expect(lib('export', id, '-o', file).code).toBe(0);
      const doc = parseSopJson(fs.readFileSync(file, 'utf8'));
      doc.steps[0]!.time = '45 menit';
      fs.writeFileSync(file, serializeSop(doc));
      return file;
    };
    const one = edited(ids[2]!, 'satu.sop.json');
    const updated = lib('import', one, edited(ids[1]!, 'dua.sop.json'), files[3]!);
    expect(updated.code).toBe(0);
    const [byNumber, byName, add] = lines(updated.stdout);
    expect(byNumber!.slice(0, 2)).toEqual(['diperbarui', ids[2]]);
    expect(byNumber![3]).toBe('menurut Nomor SOP dan unit');
    expect(byName!.slice(0, 2)).toEqual(['diperbarui', ids[1]]);
    expect(byName![3]).toBe('menurut nama dan unit (tebakan; periksa)');
    expect(add![0]).toBe('ditambahkan');
    expect(count()).toBe(4);
    const draft = parseSopJson(lib('export', ids[2]!).stdout);
    expect(draft.steps[0]!.time).toBe('45 menit');

    // The same SOP twice in one import updates it once; the second is not applied on top.
    const twice = lib('import', one, one);
    expect(twice.code).toBe(1);
    expect(lines(twice.stdout).map((l) => l[0])).toEqual([
      'tidak berubah',
      'gagal',
      '0 diperbarui, 0 ditambahkan, 1 tidak berubah, 1 gagal',
    ]);
    expect(twice.stdout).toContain('sudah diperbarui oleh SOP ke-1 dalam impor ini');
    expect(count()).toBe(4);

    // --new adds copies; the workbook's carried ids still find the originals afterwards.
    const copies = lib('import', biro, '--new');
    expect(lines(copies.stdout).filter((l) => l[0] === 'ditambahkan')).toHaveLength(3);
    expect(count()).toBe(7);
    const again = lib('import', biro);
    expect(
      lines(again.stdout)
        .slice(0, 3)
        .map((l) => l.slice(0, 2)),
    ).toEqual([
      ['tidak berubah', ids[0]],
      ['diperbarui', ids[1]],
      ['diperbarui', ids[2]],
    ]);

    // Now two SOPs share that Nomor SOP and unit: the .sop.json is not guessed into either.
    const ambiguous = lib('import', one, path.join(out, 'tidak-ada.xlsx'), path.join(out, 'x.txt'));
    expect(ambiguous.code).toBe(1);
    const failed = lines(ambiguous.stdout).filter((l) => l[0] === 'gagal');
    expect(failed).toHaveLength(3);
    expect(ambiguous.stdout).toContain('Cocok dengan 2 SOP di pustaka menurut Nomor SOP dan unit');
    expect(count()).toBe(7);
  });
});
