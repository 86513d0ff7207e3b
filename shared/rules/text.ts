// Small text helpers shared by the checks: blank cells, explicit Mulai/Selesai rows, and the
// tolerant word comparison used to match an output with the next step's kelengkapan.

import type { Step } from '../model';

/** Blank, or only a placeholder dash or dot (`-` is how printed SOPs leave a cell empty). */
export function isBlank(text: string): boolean {
  return /^[\s\-–—.]*$/.test(text);
}

/** How a step is named in messages: its row number as printed in the No column. */
export function stepName(index: number): string {
  return `Langkah ${index + 1}`;
}

const MARKER_ACTIVITIES = new Set([
  'mulai',
  'selesai',
  'start',
  'awal',
  'akhir',
  'end',
  'finish',
  'stop',
]);

/**
 * An explicit start or end row (`Mulai`, `Selesai`): a capsule that stands for no activity, so
 * its Mutu Baku cells are empty by design (Tanah Laut, UPTD PPA SOPs).
 */
export function isMarkerRow(step: Step): boolean {
  const activity = step.activity
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
  return step.symbol === 'terminator' && MARKER_ACTIVITIES.has(activity);
}

const STOPWORDS = new Set([
  'dan',
  'atau',
  'yang',
  'yg',
  'di',
  'ke',
  'dari',
  'untuk',
  'dengan',
  'serta',
  'beserta',
  'oleh',
  'telah',
  'sudah',
  'akan',
  'pada',
  'dalam',
  'tentang',
  'kepada',
  'per',
  'se',
  'tk',
  'ini',
  'itu',
  'tersebut',
  'tsb',
  'dll',
  'dsb',
  'bagi',
  'para',
]);

// The same document at an earlier stage: a draft and a concept are one thing for chaining.
const SYNONYMS = new Map([
  ['draft', 'draf'],
  ['konsep', 'draf'],
  ['rancangan', 'draf'],
]);

/** Significant words of a cell: lower case, no stopwords, the passive prefixes di-/ter- removed. */
export function significantWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words
    .filter((word) => !STOPWORDS.has(word))
    .map((word) => SYNONYMS.get(word) ?? word.replace(/^(di|ter)(?=\p{L}{4,})/u, ''));
}

/**
 * Two words match when equal, or when both have at least four letters and share their first
 * five (or all of the shorter one): `draf`/`draft`, `dianalisi`/`dianalisis`, `laporan`/`lapor`.
 */
export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= Math.min(5, shorter);
}
