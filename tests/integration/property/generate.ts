// Random `.sop.json` texts for the property test: seeded and reproducible, mostly small, with the
// hostile shapes a careless or hostile user produces (odd unicode, lone surrogates, control
// characters, decisions pointing anywhere, joint and lane-less steps, empty everything, deep
// unknown fields, real and broken logos) and a few documents near the limits.

import { seededRandom } from '../../support/random';
import { base64, jpegBytes } from '../../support/pictures';
import { PNG } from 'pngjs';
import { MAX_EXECUTORS, MAX_JSON_DEPTH, MAX_LANE_CELLS } from '../../../shared/limits';

export type Random = {
  /** 0 ≤ n < 1 */
  next(): number;
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
};

/** mulberry32: a tiny, fast, seedable generator; the same seed gives the same cases. */
export function random(seed: number): Random {
  const next = seededRandom(seed);
  const int = (max: number) => Math.floor(next() * max);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => items[int(items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

const PIECES = [
  'Menerima berkas usulan',
  'Kepala Dinas',
  '',
  ' ',
  '\ud800',
  '\udc00x',
  '😀👨‍👩‍👧',
  'مرحبا بالعالم',
  '\u202eterbalik\u202c',
  '\u0000\u0001\u0007\u001b[2J\u001b]0;judul\u0007',
  '\u007f\u0085\u2028\u2029',
  '\ufffe\uffff',
  '漢字かな한글',
  '\u200b\u00ad\u200d',
  'tab\tbaris\nbaru\r\n',
  'ﷺ﷽',
  '\u{10ffff}\u{1f3f3}\u{fe0f}\u{200d}\u{1f308}',
  'a\u0301\u0302\u0303\u0304\u0305',
  '&<>"\'',
  '=SUM(A1:A9)',
  '1.',
  '- a.',
] as const;

function text(r: Random, long: boolean): string {
  if (long && r.chance(0.3))
    return r
      .pick(PIECES)
      .repeat(1 + r.int(200))
      .slice(0, 4_000);
  const parts = Array.from({ length: r.int(4) }, () => r.pick(PIECES));
  return parts.join(r.pick([' ', '', '\n']));
}

function list(r: Random, long: boolean): string[] {
  return Array.from({ length: r.chance(0.5) ? 0 : r.int(long ? 30 : 4) }, () => text(r, long));
}

const PNG_CACHE = new Map<string, string>();

function png(width: number, height: number): string {
  const key = `${width}x${height}`;
  const cached = PNG_CACHE.get(key);
  if (cached !== undefined) return cached;
  const image = new PNG({ width, height });
  image.data.fill(180);
  const data = PNG.sync.write(image).toString('base64');
  PNG_CACHE.set(key, data);
  return data;
}

function jpeg(width: number, height: number): string {
  return base64(jpegBytes(width, height));
}

function logo(r: Random): unknown {
  switch (r.int(16)) {
    case 0:
      return { mime: 'image/png', data: png(1 + r.int(40), 1 + r.int(40)) };
    case 1:
      return { mime: 'image/jpeg', data: jpeg(1 + r.int(600), 1 + r.int(600)) };
    case 2:
      return {
        mime: r.pick(['image/png', 'image/jpeg']),
        data: r.pick(['', 'AAAA', 'iVBORw0KGgo=']),
      };
    case 3:
      return { mime: 'image/png', data: jpeg(10, 10) };
    default:
      return null;
  }
}

/** An unknown field nested `depth` levels (objects and arrays alternating). */
function nested(depth: number): unknown {
  let value: unknown = 'dalam';
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { lapis: value };
  return value;
}

type Size = { steps: number; executors: number; long: boolean };

function size(r: Random, index: number, large: number): Size {
  if (index < large) {
    const executors = Math.min(MAX_EXECUTORS, 10 + r.int(MAX_EXECUTORS - 9));
    return { steps: Math.floor(MAX_LANE_CELLS / executors) - r.int(3), executors, long: false };
  }
  return {
    steps: r.int(r.chance(0.1) ? 60 : 12),
    executors: r.int(r.chance(0.1) ? 25 : 7),
    long: r.chance(0.2),
  };
}

function step(r: Random, i: number, s: Size): Record<string, unknown> {
  const ids = Array.from({ length: s.executors }, (_, k) => `e${k + 1}`);
  const lanes = r.chance(0.05)
    ? []
    : Array.from({ length: 1 + r.int(r.chance(0.2) ? 4 : 1) }, () => r.pick(ids));
  const target = () => r.pick([null, null, `s${1 + r.int(s.steps + 2)}`, `s${i + 1}`, 'tidak-ada']);
  const symbol = r.pick(['terminator', 'process', 'process', 'decision'] as const);
  return {
    id: `s${i + 1}`,
    activity: text(r, s.long),
    executors: s.executors ? [...new Set(lanes)] : [],
    symbol,
    yes: symbol === 'decision' ? target() : null,
    no: symbol === 'decision' ? target() : r.chance(0.05) ? target() : null,
    labels: r.chance(0.2) ? [text(r, false).slice(0, 50), text(r, false).slice(0, 50)] : null,
    requirements: text(r, s.long),
    time: r.pick(['', '5 menit', '1 hari', '2 jam', 'segera', '-1 menit', '99999 hari']),
    output: text(r, s.long),
    notes: text(r, s.long),
  };
}

/** Case `index` of a run; the first `large` cases are near the lane-grid limit. */
export function randomSopText(r: Random, index: number, large: number): string {
  const s = size(r, index, large);
  const doc: Record<string, unknown> = {
    format: 'sop-ap',
    version: 1,
    identity: {
      government: text(r, false),
      agency: text(r, false),
      unit: text(r, false),
      logo: index < large ? null : logo(r),
      number: text(r, false),
      createdDate: text(r, false),
      revisionDate: '',
      effectiveDate: text(r, false),
      approvedBy: {
        title: text(r, false),
        name: text(r, false),
        nip: r.pick(['', '196206031985031016', 'x']),
      },
      name: text(r, false),
      legalBasis: list(r, s.long),
      qualifications: list(r, s.long),
      relatedSops: list(r, false),
      equipment: list(r, false),
      warnings: list(r, false),
      records: list(r, false),
      extraSections: r.chance(0.2) ? [{ label: text(r, false), items: list(r, false) }] : [],
    },
    executors: Array.from({ length: s.executors }, (_, k) => ({
      id: `e${k + 1}`,
      name: text(r, false),
    })),
    steps: Array.from({ length: s.steps }, (_, i) => step(r, i, s)),
    print: {
      paper: r.pick(['A4', 'F4', 'Legal']),
      coordination: list(r, false),
      narrativeTable: r.chance(0.3),
      legend: r.chance(0.3),
    },
  };
  if (r.chance(0.1)) doc.lainLain = nested(r.int(MAX_JSON_DEPTH - 2));
  return JSON.stringify(doc, null, r.chance(0.5) ? 2 : 0);
}
