// Tentang: version, purpose and the licences of the bundled fonts, in a native dialog.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';

export function fontLicenceText(): string {
  try {
    const require = createRequire(__filename);
    const dir = path.dirname(require.resolve('@expo-google-fonts/arimo/package.json'));
    return readFileSync(path.join(dir, 'LICENSE_FONT'), 'utf8');
  } catch {
    return 'Arimo — SIL Open Font License 1.1';
  }
}

export async function showAbout(window: BrowserWindow | null, version: string): Promise<void> {
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: 'Tentang SOP AP Editor',
    message: `SOP AP Editor versi ${version}`,
    detail: [
      'Penyusun Standar Operasional Prosedur Administrasi Pemerintahan (Permenpan RB No. 35 Tahun 2012).',
      'Bekerja sepenuhnya luring: data tersimpan di komputer ini.',
      '',
      'Huruf yang disertakan: Arimo, dengan lisensi berikut.',
      '',
      fontLicenceText().slice(0, 4000),
    ].join('\n'),
    buttons: ['Tutup'],
  };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
