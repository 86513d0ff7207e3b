// Compares two PNG renderings pixel by pixel: the share of pixels whose grey level differs by more
// than a threshold, so antialiasing noise passes and a moved line or symbol does not.

import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

export type PngDiff = { sameSize: boolean; differing: number; ratio: number };

const THRESHOLD = 64;

function grey(png: PNG, i: number): number {
  const d = png.data;
  return (d[i] ?? 0) * 0.299 + (d[i + 1] ?? 0) * 0.587 + (d[i + 2] ?? 0) * 0.114;
}

export function comparePng(actualPath: string, expectedPath: string): PngDiff {
  const actual = PNG.sync.read(readFileSync(actualPath));
  const expected = PNG.sync.read(readFileSync(expectedPath));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    return { sameSize: false, differing: Number.POSITIVE_INFINITY, ratio: 1 };
  }
  let differing = 0;
  for (let i = 0; i < actual.data.length; i += 4) {
    if (Math.abs(grey(actual, i) - grey(expected, i)) > THRESHOLD) differing += 1;
  }
  return { sameSize: true, differing, ratio: differing / (actual.width * actual.height) };
}

/** Stores a rendering as a greyscale PNG: a third of the size of pdftoppm's RGB output. */
export function writeGreyPng(sourcePath: string, targetPath: string): void {
  const png = PNG.sync.read(readFileSync(sourcePath));
  writeFileSync(targetPath, PNG.sync.write(png, { colorType: 0, inputColorType: 6 }));
}
