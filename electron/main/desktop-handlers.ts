// Handlers of the desktop-only channels: files chosen in native dialogs or from the recent list,
// read and written here; the renderer only ever sees file names and opaque recent ids.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type {
  DesktopChannel,
  DesktopParsedArgs,
  DesktopResult,
  OpenedFile,
} from '../../shared/api/desktop';
import { SopError } from '../../shared/errors';
import type { Paper } from '../../shared/model';
import { MAX_PDF_BYTES, MAX_SOP_FILE_BYTES, MAX_WORKBOOK_BYTES } from '../../shared/limits';
import { parseSopJson, serializeSop } from '../../shared/model';
import { writeFileAtomically } from './atomic-write';
import type { RecentFiles } from './recent-files';

export type FileKind = 'sop' | 'xlsx' | 'pdf' | 'sqlite';

/** The OS-facing parts, behind an interface so the handlers run in tests without Electron. */
export type DesktopDeps = {
  chooseOpenPath: (kind: 'sop' | 'xlsx' | 'pdf') => Promise<string | null>;
  chooseSavePath: (kind: FileKind, suggestedName: string) => Promise<string | null>;
  openPrintPreview: (pdf: Uint8Array, paper: Paper) => Promise<void>;
  recent: RecentFiles;
};

export type DesktopHandlers = {
  [C in DesktopChannel]: (
    ...args: DesktopParsedArgs<C>
  ) => DesktopResult<C> | Promise<DesktopResult<C>>;
};

export function createDesktopHandlers(deps: DesktopDeps): DesktopHandlers {
  const openSopAt = async (file: string): Promise<OpenedFile> => {
    const text = await readLimited(file, MAX_SOP_FILE_BYTES);
    const document = parseSopJson(text.toString('utf8'));
    return { document, fileName: path.basename(file), recentId: deps.recent.add(file) };
  };

  return {
    'desktop:openSop': async () => {
      const file = await deps.chooseOpenPath('sop');
      return file ? openSopAt(file) : null;
    },
    'desktop:openRecent': async (recentId) => {
      const file = deps.recent.pathOf(recentId);
      if (!file) {
        throw new SopError('not-found', 'Berkas itu tidak ada lagi di daftar berkas terakhir.');
      }
      return openSopAt(file);
    },
    'desktop:recentFiles': () => deps.recent.list(),
    'desktop:saveSop': async (document, suggestedName) => {
      const file = await deps.chooseSavePath('sop', suggestedName);
      if (!file) return null;
      await writeChecked(file, serializeSop(document));
      return { fileName: path.basename(file), recentId: deps.recent.add(file) };
    },
    'desktop:saveBytes': async (kind, bytes, suggestedName) => {
      const file = await deps.chooseSavePath(kind, suggestedName);
      if (!file) return null;
      await writeChecked(file, bytes);
      return { fileName: path.basename(file), recentId: deps.recent.add(file) };
    },
    'desktop:openWorkbook': async () => {
      const file = await deps.chooseOpenPath('xlsx');
      if (!file) return null;
      const bytes = new Uint8Array(await readLimited(file, MAX_WORKBOOK_BYTES));
      return { bytes, fileName: path.basename(file) };
    },
    'desktop:openPdf': async () => {
      const file = await deps.chooseOpenPath('pdf');
      if (!file) return null;
      const bytes = new Uint8Array(await readLimited(file, MAX_PDF_BYTES));
      return { bytes, fileName: path.basename(file) };
    },
    'desktop:printPdf': (pdf, paper) => deps.openPrintPreview(pdf, paper),
  };
}

async function readLimited(file: string, limit: number): Promise<Buffer> {
  const info = await stat(file).catch((error: unknown) => {
    throw new SopError('io', `Berkas "${path.basename(file)}" tidak dapat dibuka.`, String(error));
  });
  if (info.size > limit) {
    throw new SopError(
      'file-too-large',
      `Berkas "${path.basename(file)}" terlalu besar (${Math.round(info.size / 1048576)} MB). Pilih berkas lain.`,
    );
  }
  return readFile(file);
}

async function writeChecked(file: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomically(file, data).catch((error: unknown) => {
    throw new SopError(
      'io',
      `Berkas "${path.basename(file)}" tidak dapat disimpan. Periksa apakah berkas sedang dibuka program lain atau foldernya boleh ditulisi.`,
      String(error),
    );
  });
}
