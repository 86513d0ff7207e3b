// Cetak: a print preview window showing the generated PDF (not the editor's HTML) in Chromium's
// PDF viewer, with a menu item opening the system print dialog, paper and landscape preselected.

import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, Menu } from 'electron';
import type { Paper } from '../../shared/model';

/** Paper sizes in microns, portrait (Electron's pageSize); landscape is set separately. */
export const PAPER_MICRONS: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210_000, height: 297_000 },
  F4: { width: 215_000, height: 330_000 },
  Legal: { width: 215_900, height: 355_600 },
};

export function printOptions(paper: Paper): Electron.WebContentsPrintOptions {
  return { landscape: true, pageSize: PAPER_MICRONS[paper], printBackground: true };
}

export async function openPrintPreview(
  pdf: Uint8Array,
  paper: Paper,
  parent: BrowserWindow | null,
): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'sop-cetak-'));
  const file = path.join(folder, 'cetak.pdf');
  await writeFile(file, pdf);
  const preview = new BrowserWindow({
    parent: parent ?? undefined,
    width: 1100,
    height: 800,
    title: 'Pratinjau cetak',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      // The built-in PDF viewer is a plugin; it shows our own local file only.
      plugins: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  preview.setMenu(
    Menu.buildFromTemplate([
      {
        label: 'Cetak',
        submenu: [
          {
            label: 'Cetak…',
            accelerator: 'CmdOrCtrl+P',
            click: () => preview.webContents.print(printOptions(paper)),
          },
          { label: 'Tutup', role: 'close' },
        ],
      },
    ]),
  );
  await preview.loadURL(pathToFileURL(file).toString());
}
