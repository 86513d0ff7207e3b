// Desktop file handlers on real files: paths come only from the (faked) dialogs or the recent
// list, bad files give Indonesian messages, and every argument passes the contract's schemas.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDesktopHandlers } from '../../../electron/main/desktop-handlers';
import type { DesktopDeps } from '../../../electron/main/desktop-handlers';
import { RecentFiles } from '../../../electron/main/recent-files';
import { loadWindowState, saveWindowState } from '../../../electron/main/window-state';
import { dispatchCall } from '../../../electron/services/api';
import { desktopContract } from '../../../shared/api/desktop';
import { parseSopJson } from '../../../shared/model';
import type { Paper } from '../../../shared/model';

const SAMPLE = path.resolve('tests/fixtures/sops/03-pembentukan-poktan.sop.json');

let dir: string;
let nextOpen: string | null;
let nextSave: string | null;
let printed: { bytes: number; paper: Paper }[];

function setup() {
  const recent = new RecentFiles(path.join(dir, 'recent.json'));
  const deps: DesktopDeps = {
    chooseOpenPath: async () => nextOpen,
    chooseSavePath: async () => nextSave,
    openPrintPreview: async (pdf, paper) => {
      printed.push({ bytes: pdf.length, paper });
    },
    recent,
  };
  return { handlers: createDesktopHandlers(deps), recent };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sop-desktop-'));
  nextOpen = null;
  nextSave = null;
  printed = [];
});

describe('desktop file handlers', () => {
  it('opens the .sop.json chosen in the dialog and remembers it by id', async () => {
    const { handlers, recent } = setup();
    nextOpen = SAMPLE;
    const opened = await handlers['desktop:openSop']();
    expect(opened?.document.identity.name).toBe('Pembentukan Poktan');
    expect(opened?.fileName).toBe('03-pembentukan-poktan.sop.json');
    expect(recent.pathOf(opened?.recentId ?? '')).toBe(SAMPLE);
    const again = await handlers['desktop:openRecent'](opened?.recentId ?? '');
    expect(again.document.steps.length).toBe(opened?.document.steps.length);
    // The list survives a restart of the app.
    expect(new RecentFiles(path.join(dir, 'recent.json')).list()[0]?.fileName).toBe(
      '03-pembentukan-poktan.sop.json',
    );
  });

  it('returns null when the user cancels a dialog', async () => {
    const { handlers } = setup();
    expect(await handlers['desktop:openSop']()).toBeNull();
    const doc = parseSopJson(readFileSync(SAMPLE, 'utf8'));
    expect(await handlers['desktop:saveSop'](doc, 'x')).toBeNull();
  });

  it('reads the PDF chosen in the Impor PDF dialog, asking for a PDF', async () => {
    const kinds: string[] = [];
    const { handlers } = setup();
    const pdf = path.join(dir, 'sop.pdf');
    writeFileSync(pdf, '%PDF-1.7 isi');
    const withKinds = createDesktopHandlers({
      chooseOpenPath: async (kind) => {
        kinds.push(kind);
        return pdf;
      },
      chooseSavePath: async () => null,
      openPrintPreview: async () => {},
      recent: new RecentFiles(path.join(dir, 'recent.json')),
    });
    const picked = await withKinds['desktop:openPdf']();
    expect(kinds).toEqual(['pdf']);
    expect(picked?.fileName).toBe('sop.pdf');
    expect(Buffer.from(picked?.bytes ?? []).toString('latin1')).toBe('%PDF-1.7 isi');
    expect(await handlers['desktop:openPdf']()).toBeNull();
  });

  it('saves a document where the dialog says, readable again', async () => {
    const { handlers } = setup();
    const doc = parseSopJson(readFileSync(SAMPLE, 'utf8'));
    nextSave = path.join(dir, 'keluar.sop.json');
    const saved = await handlers['desktop:saveSop'](doc, 'Pembentukan Poktan');
    expect(saved?.fileName).toBe('keluar.sop.json');
    expect(parseSopJson(readFileSync(nextSave, 'utf8'))).toEqual(doc);
  });

  it('refuses an unknown recent id and a file that is not an SOP, in Indonesian', async () => {
    const { handlers } = setup();
    await expect(handlers['desktop:openRecent']('deadbeef')).rejects.toThrow(/berkas terakhir/);
    const bad = path.join(dir, 'bukan.sop.json');
    writeFileSync(bad, '{"format":"lain","version":1}');
    nextOpen = bad;
    await expect(handlers['desktop:openSop']()).rejects.toThrow(/bukan dokumen SOP/);
  });

  it('says so when the target folder cannot be written, leaving nothing behind', async () => {
    const { handlers } = setup();
    nextSave = path.join(dir, 'tidak-ada', 'sub', 'a.pdf');
    await expect(
      handlers['desktop:saveBytes']('pdf', new Uint8Array([37, 80, 68, 70]), 'a'),
    ).rejects.toThrow(/tidak dapat disimpan/);
  });

  it('hands PDF bytes and paper to the print preview', async () => {
    const { handlers } = setup();
    await handlers['desktop:printPdf'](new Uint8Array(10), 'F4');
    expect(printed).toEqual([{ bytes: 10, paper: 'F4' }]);
  });

  it('validates arguments through the desktop contract before a handler runs', async () => {
    const { handlers } = setup();
    const wrongKind = await dispatchCall(desktopContract, handlers, 'desktop:saveBytes', [
      'exe',
      new Uint8Array(1),
      'x',
    ]);
    expect(wrongKind).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const aPath = await dispatchCall(desktopContract, handlers, 'desktop:openRecent', [
      '/etc/passwd'.repeat(10),
    ]);
    expect(aPath).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(printed).toEqual([]);
  });
});

describe('window state file', () => {
  it('round-trips and ignores a damaged file', () => {
    const file = path.join(dir, 'jendela.json');
    saveWindowState(file, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(file)).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
    writeFileSync(file, '{"x": "kiri"');
    expect(loadWindowState(file)).toBeNull();
  });
});
