// Native open/save dialogs with the filters of each kind of file.

import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { FileKind } from './desktop-handlers';

const FILTERS: Record<FileKind, Electron.FileFilter[]> = {
  sop: [{ name: 'Dokumen SOP (.sop.json)', extensions: ['json'] }],
  xlsx: [{ name: 'Buku kerja Excel (.xlsx)', extensions: ['xlsx'] }],
  pdf: [{ name: 'Dokumen PDF', extensions: ['pdf'] }],
  sqlite: [{ name: 'Cadangan pustaka SOP (.sqlite)', extensions: ['sqlite'] }],
};

const EXTENSION: Record<FileKind, string> = {
  sop: '.sop.json',
  xlsx: '.xlsx',
  pdf: '.pdf',
  sqlite: '.sqlite',
};

export async function chooseOpenPath(
  window: BrowserWindow | null,
  kind: 'sop' | 'xlsx' | 'pdf',
): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: kind === 'sop' ? 'Buka berkas SOP' : 'Impor buku kerja Excel',
    filters: FILTERS[kind],
    properties: ['openFile'],
  };
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function chooseSavePath(
  window: BrowserWindow | null,
  kind: FileKind,
  suggestedName: string,
): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: 'Simpan sebagai',
    defaultPath: withExtension(safeFileName(suggestedName), EXTENSION[kind]),
    filters: FILTERS[kind],
  };
  const result = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** A file name from an SOP name: no path separators or characters Windows refuses. */
/** The renderer suggests names with their extension already ("SOP Cuti.pdf"): never twice. */
function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension) ? name : name + extension;
}

export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return cleaned || 'SOP';
}
