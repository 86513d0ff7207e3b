// LibreOffice as a second renderer of exported workbooks: converts an .xlsx to PDF headless,
// rasterises pages with pdftoppm and finds the table and the symbol outlines in the pixels.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Box } from '../../../shared/layout';

export function hasLibreOffice(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Converts `bytes` to PDF in `dir` (own profile there, so parallel runs never share a lock). */
export function convertToPdf(bytes: Uint8Array, dir: string): string {
  mkdirSync(path.join(dir, 'home'), { recursive: true });
  const xlsx = path.join(dir, 'export.xlsx');
  writeFileSync(xlsx, bytes);
  const pdf = path.join(dir, 'export.pdf');
  // A fresh profile sometimes ends the first run before converting; the second run converts.
  for (let attempt = 0; attempt < 2 && !existsSync(pdf); attempt++) {
    spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
      env: { ...process.env, HOME: path.join(dir, 'home') },
      timeout: 120_000,
      stdio: 'ignore',
    });
  }
  if (!existsSync(pdf)) throw new Error('LibreOffice did not write a PDF');
  return pdf;
}

export function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

export type Raster = { width: number; height: number; dark: (x: number, y: number) => boolean };

/** Page `page` (1-based) at 72 dpi: one pixel per point. */
export function rasterPage(pdf: string, page: number, dir: string): Raster {
  const prefix = path.join(dir, `page-${page}`);
  execFileSync('pdftoppm', [
    '-r',
    '72',
    '-f',
    String(page),
    '-l',
    String(page),
    '-png',
    '-singlefile',
    pdf,
    prefix,
  ]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  return {
    width: png.width,
    height: png.height,
    dark: (x, y) => {
      const xi = Math.round(x);
      const yi = Math.round(y);
      if (xi < 0 || yi < 0 || xi >= png.width || yi >= png.height) return false;
      const at = (yi * png.width + xi) * 4;
      const lum =
        0.3 * (png.data[at] ?? 255) +
        0.59 * (png.data[at + 1] ?? 255) +
        0.11 * (png.data[at + 2] ?? 255);
      return lum < 200;
    },
  };
}

/** The table's outer box: the first and last long dark rows and columns. */
export function tableBox(r: Raster): Box {
  const rowRun = (y: number): number => {
    let best = 0;
    let run = 0;
    for (let x = 0; x < r.width; x++) {
      run = r.dark(x, y) ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  };
  const rows: number[] = [];
  for (let y = 0; y < r.height; y++) if (rowRun(y) > r.width * 0.5) rows.push(y);
  const top = rows[0] ?? 0;
  const bottom = rows[rows.length - 1] ?? 0;
  const cols: number[] = [];
  for (let x = 0; x < r.width; x++) {
    let count = 0;
    for (let y = top; y <= bottom; y++) if (r.dark(x, y)) count++;
    if (count > (bottom - top) * 0.9) cols.push(x);
  }
  const left = cols[0] ?? 0;
  const right = cols[cols.length - 1] ?? 0;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Whether a symbol outline is drawn at `box` (pixels): dark pixels near both side edges on the
 * middle line, and a light inside (symbols are white-filled and hold no text).
 */
export function outlineAt(r: Raster, box: Box, tolerance: number, emptyInside: boolean): boolean {
  const y = box.y + box.height / 2;
  const near = (x: number): boolean => {
    for (let dx = -tolerance; dx <= tolerance; dx++) {
      for (let dy = -1; dy <= 1; dy++) if (r.dark(x + dx, y + dy)) return true;
    }
    return false;
  };
  if (!near(box.x) || !near(box.x + box.width)) return false;
  if (!emptyInside) return true;
  let light = 0;
  let total = 0;
  for (let x = box.x + tolerance + 2; x <= box.x + box.width - tolerance - 2; x++) {
    total++;
    if (!r.dark(x, y)) light++;
  }
  return total > 0 && light / total > 0.8;
}

/** Re-saves `bytes` as .xlsx with LibreOffice (as a bureau clerk would) and returns the new bytes. */
export function resaveWithLibreOffice(bytes: Uint8Array, dir: string): Uint8Array {
  mkdirSync(path.join(dir, 'home'), { recursive: true });
  mkdirSync(path.join(dir, 'in'), { recursive: true });
  mkdirSync(path.join(dir, 'out'), { recursive: true });
  const input = path.join(dir, 'in', 'biro.xlsx');
  writeFileSync(input, bytes);
  const output = path.join(dir, 'out', 'biro.xlsx');
  for (let attempt = 0; attempt < 2 && !existsSync(output); attempt++) {
    spawnSync(
      'soffice',
      [
        '--headless',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        path.dirname(output),
        input,
      ],
      { env: { ...process.env, HOME: path.join(dir, 'home') }, timeout: 180_000, stdio: 'ignore' },
    );
  }
  if (!existsSync(output)) throw new Error('LibreOffice did not re-save the workbook');
  return new Uint8Array(readFileSync(output));
}

/**
 * Prints every workbook of `workbooks` (file name → bytes) to PDF with one LibreOffice run (it
 * is slow to start), in `dir` with a private profile so parallel runs never share a lock, and
 * returns the PDFs by the same names. Workbooks a fresh profile's first run left out are printed
 * again once.
 */
export function printWorkbooks(
  workbooks: ReadonlyMap<string, Uint8Array>,
  dir: string,
): Map<string, string> {
  const input = path.join(dir, 'in');
  const output = path.join(dir, 'out');
  mkdirSync(input, { recursive: true });
  mkdirSync(output, { recursive: true });
  const pdfOf = (name: string) => path.join(output, name.replace(/\.xlsx$/, '.pdf'));
  for (const [name, bytes] of workbooks) writeFileSync(path.join(input, name), bytes);
  const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
  for (let attempt = 0; attempt < 2; attempt++) {
    const missing = [...workbooks.keys()].filter((name) => !existsSync(pdfOf(name)));
    if (missing.length === 0) break;
    spawnSync(
      'soffice',
      [
        profile,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        output,
        ...missing.map((n) => path.join(input, n)),
      ],
      { timeout: 300_000, stdio: 'ignore' },
    );
  }
  const printed = new Map<string, string>();
  for (const name of workbooks.keys()) {
    if (!existsSync(pdfOf(name))) throw new Error(`LibreOffice did not print ${name}`);
    printed.set(name, pdfOf(name));
  }
  return printed;
}
