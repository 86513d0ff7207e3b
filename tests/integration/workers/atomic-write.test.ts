// Saving a made file (PDF, workbook) in the desktop app: the target gets the whole file or
// nothing, and no temporary file is left beside it either way.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../electron/main/atomic-write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sop-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomically', () => {
  it('leaves exactly the target with all its bytes', async () => {
    const target = path.join(dir, 'buku.pdf');
    await writeFileAtomically(target, new Uint8Array([37, 80, 68, 70, 45]));
    expect(readdirSync(dir)).toEqual(['buku.pdf']);
    expect(readFileSync(target, 'latin1')).toBe('%PDF-');
  });

  it('leaves no file and no temporary file when the save fails', async () => {
    const target = path.join(dir, 'biro.xlsx');
    mkdirSync(path.join(target, 'in-the-way'), { recursive: true });
    await expect(writeFileAtomically(target, new Uint8Array(1_000))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['biro.xlsx']);
    expect(readdirSync(target)).toEqual(['in-the-way']);
  });
});
