// Reads PDFs back with the poppler tools (pdfinfo, pdffonts, pdftotext, pdftoppm) from temp files.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'sop-pdf-'));
let counter = 0;

export function writeTemp(bytes: Uint8Array, name = 'doc'): string {
  counter += 1;
  const path = join(dir, `${name}-${counter}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

export function pdfInfo(path: string): {
  pages: number;
  width: number;
  height: number;
  title: string;
} {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1] ?? 0),
    width: Number(size?.[1] ?? 0),
    height: Number(size?.[2] ?? 0),
    title: /Title:\s+(.*)/.exec(out)?.[1]?.trim() ?? '',
  };
}

/** Font rows of pdffonts: name and whether it is embedded. */
export function pdfFontList(path: string): { name: string; embedded: boolean }[] {
  const out = execFileSync('pdffonts', [path], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // The columns after the name: type (1-2 words), encoding, emb, sub, uni, object id.
      return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
    });
}

/**
 * The text of the PDF, white space runs made single spaces: in drawing order (a cell's lines stay
 * together) or in reading order (table rows left to right).
 */
export function pdfText(
  path: string,
  page?: number,
  order: 'drawing' | 'reading' = 'drawing',
): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  const mode = order === 'drawing' ? ['-raw'] : [];
  return execFileSync('pdftotext', [...mode, ...range, path, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

/** The lines of one page as pdftotext draws them (`-raw`), trimmed, blank lines left out. */
export function pdfLines(path: string, page: number): string[] {
  const range = ['-f', String(page), '-l', String(page)];
  const out = execFileSync('pdftotext', ['-raw', ...range, path, '-'], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Renders one page to PNG at the given resolution and returns the PNG file path. */
export function pdfPagePng(path: string, page: number, dpi: number): string {
  const base = `${path}-p${page}`;
  execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-png',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    path,
    base,
  ]);
  return `${base}.png`;
}
