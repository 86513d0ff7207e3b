// The small parts of the layout engine: text measuring and wrapping, NIP grouping, numerals and
// connector letters, the SVG renderer, identity lists continuing on a new page, page breaks that
// keep a decision with its targets.

import { describe, expect, it } from 'vitest';
import {
  arimoMeasurer,
  defaultLayoutSettings,
  letters,
  layoutBook,
  layoutSop,
  renderSvgPage,
  romanNumeral,
  wrapText,
} from '../../../shared/layout';
import { groupNip, PAPERS } from '../../../shared/model';
import { paginateRows } from '../../../shared/layout/paginate';
import type { FlowEdge } from '../../../shared/layout/graph';
import { syntheticSop } from './synthetic';
import { base64, pngBytes } from '../../support/pictures';

describe('measuring and wrapping', () => {
  it('measures with Arimo advance widths (Arial metrics)', () => {
    // Arimo's "A" is 1366/2048 em, space 569/2048 em.
    expect(arimoMeasurer.width('A', 10, false)).toBeCloseTo(6.67, 2);
    expect(arimoMeasurer.width(' ', 10, false)).toBeCloseTo(2.78, 2);
    expect(arimoMeasurer.width('t', 10, true)).toBeGreaterThan(arimoMeasurer.width('t', 10, false));
    expect(arimoMeasurer.lineHeight(10)).toBeCloseTo(11.5, 1);
  });

  it('wraps at spaces and never exceeds the width', () => {
    const text =
      'Menerima surat masuk dan meneruskan kepada Kepala Bidang untuk didisposisi lebih lanjut';
    const lines = wrapText(text, 100, 9, false, arimoMeasurer);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(arimoMeasurer.width(line, 9, false)).toBeLessThanOrEqual(100);
  });

  it('keeps explicit line breaks and breaks an overlong word after /', () => {
    expect(wrapText('a. satu\nb. dua', 500, 9, false, arimoMeasurer)).toEqual([
      'a. satu',
      'b. dua',
    ]);
    expect(wrapText('Desa/Kelurahan', 45, 9, true, arimoMeasurer)).toEqual(['Desa/', 'Kelurahan']);
  });

  it('marks a word broken between letters with U+2010 at the end of every piece but the last', () => {
    const word = 'pengadministrasian';
    for (const width of [20, 31, 45, 50, 63]) {
      const pieces = wrapText(word, width, 9, false, arimoMeasurer);
      expect(pieces.length, `${width} pt`).toBeGreaterThan(1);
      pieces.slice(0, -1).forEach((piece) => expect(piece).toMatch(/\p{L}\u2010$/u));
      expect(pieces[pieces.length - 1]).not.toContain('\u2010');
      expect(pieces.map((p) => p.replace(/\u2010$/, '')).join('')).toBe(word);
      for (const piece of pieces)
        expect(arimoMeasurer.width(piece, 9, false), piece).toBeLessThanOrEqual(width);
    }
  });

  it('fills a piece to the width with its mark, and the last piece without one', () => {
    const pieces = wrapText('X'.repeat(60), 50, 9, false, arimoMeasurer);
    const x = arimoMeasurer.width('X', 9, false);
    const mark = arimoMeasurer.width('\u2010', 9, false);
    for (const piece of pieces.slice(0, -1)) {
      expect(arimoMeasurer.width(piece, 9, false)).toBeLessThanOrEqual(50);
      expect(arimoMeasurer.width(piece, 9, false) + x).toBeGreaterThan(50);
    }
    // A last piece one letter too wide for its mark still ends unmarked on the full line.
    const tight = wrapText('X'.repeat(12), 6 * x + mark, 9, false, arimoMeasurer);
    expect(tight).toEqual(['XXXXXX\u2010', 'XXXXXX']);
  });

  it('adds no mark to a break after a typed "/" or "-"', () => {
    expect(wrapText('Desa/Kelurahan-Kecamatan', 50, 9, false, arimoMeasurer)).toEqual([
      'Desa/',
      'Kelurahan-',
      'Kecamatan',
    ]);
  });

  it('marks a break after a digit or a comma inside a word too', () => {
    const room = arimoMeasurer.width('Progja,Urtug,SOP,\u2010', 9, false);
    expect(wrapText('Progja,Urtug,SOP,RKA,', room, 9, false, arimoMeasurer)).toEqual([
      'Progja,Urtug,SOP,\u2010',
      'RKA,',
    ]);
    const digits = wrapText('1234567890123456', 30, 9, false, arimoMeasurer);
    expect(digits.slice(0, -1).every((d) => /\d\u2010$/.test(d))).toBe(true);
    expect(digits.map((d) => d.replace(/\u2010$/, '')).join('')).toBe('1234567890123456');
  });

  it('returns no line for empty text', () => {
    expect(wrapText('', 100, 9, false, arimoMeasurer)).toEqual([]);
    expect(wrapText('  \n ', 100, 9, false, arimoMeasurer)).toEqual([]);
  });
});

describe('the Waktu column', () => {
  it('holds "10 menit" on one line on every paper, with one to ten executors', () => {
    for (const paper of PAPERS) {
      for (let executors = 1; executors <= 10; executors += 1) {
        const doc = syntheticSop({ steps: 8, executors });
        doc.print.paper = paper;
        const times = layoutSop(doc, defaultLayoutSettings(doc), arimoMeasurer)
          .pages.flatMap((page) => page.primitives)
          .filter((p) => p.kind === 'text' && /^\d0 menit$/.test(p.lines.join(' ')));
        expect(times.length, `${paper}, ${executors} pelaksana`).toBe(8);
        for (const time of times) {
          expect(time.kind === 'text' && time.lines, `${paper}, ${executors} pelaksana`).toEqual([
            time.kind === 'text' ? time.lines.join(' ') : '',
          ]);
        }
      }
    }
  });
});

describe('printed forms', () => {
  it('groups an 18-digit NIP 8-6-1-3 and leaves other forms as written', () => {
    expect(groupNip('196206031985031016')).toBe('19620603 198503 1 016');
    expect(groupNip('19620603 198503 1 016')).toBe('19620603 198503 1 016');
    expect(groupNip('-')).toBe('-');
  });

  it('writes roman numerals and connector letters', () => {
    expect([1, 4, 9, 14, 41, 99].map(romanNumeral)).toEqual([
      'I',
      'IV',
      'IX',
      'XIV',
      'XLI',
      'XCIX',
    ]);
    expect([0, 25, 26, 27, 701].map(letters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});

describe('renderSvgPage', () => {
  it('draws every primitive and escapes text', () => {
    const doc = syntheticSop({ steps: 6, executors: 3 });
    doc.steps[1]!.activity = 'Cek <dokumen> & "arsip"';
    const layout = layoutSop(doc, defaultLayoutSettings(doc), arimoMeasurer);
    const flowPages = layout.pages.filter((p) => p.kind === 'flowchart');
    expect(flowPages).toHaveLength(1);
    const flowPage = flowPages[0]!;
    const svg = renderSvgPage(flowPage);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Cek &lt;dokumen&gt; &amp; &quot;arsip&quot;');
    expect(svg).not.toContain('<dokumen>');
    const symbols = flowPage.primitives.filter((p) => p.kind === 'symbol').length;
    const arrows = flowPage.primitives.filter((p) => p.kind === 'arrow').length;
    // Six steps on one page without decisions: one arrow from each row to the next.
    expect(arrows).toBe(doc.steps.length - 1);
    // Each arrow is a shaft and a filled head; each terminator/process a rect, each decision a polygon.
    expect((svg.match(/fill="#000"\/>/g) ?? []).length).toBe(arrows);
    expect((svg.match(/stroke-width="1"\/>/g) ?? []).length).toBe(symbols);
  });
});

describe('identity page', () => {
  it('continues a long list on a new page under a repeated label', () => {
    const doc = syntheticSop({ steps: 3, executors: 2 });
    doc.identity.legalBasis = Array.from(
      { length: 80 },
      (_, i) => `Peraturan nomor ${i + 1} tentang hal yang diatur`,
    );
    const layout = layoutSop(doc, defaultLayoutSettings(doc), arimoMeasurer);
    const identity = layout.pages.filter((p) => p.kind === 'identity');
    expect(identity.length).toBeGreaterThan(1);
    const texts = identity.flatMap((p) =>
      p.primitives.flatMap((x) => (x.kind === 'text' ? x.lines : [])),
    );
    expect(texts).toContain('Dasar Hukum (lanjutan)');
    for (let i = 1; i <= 80; i++) expect(texts).toContain(`${i}.`);
  });
});

describe('page breaks', () => {
  const edge = (
    id: number,
    from: number,
    to: number,
    port: FlowEdge['port'] = 'bottom',
  ): FlowEdge => ({
    id,
    from,
    to,
    port,
    label: null,
  });
  const chain = (n: number): FlowEdge[] =>
    Array.from({ length: n - 1 }, (_, i) => edge(i, i, i + 1));

  it('fills pages without splitting rows', () => {
    const ranges = paginateRows(Array(10).fill(100), chain(10), 450, new Set());
    expect(ranges.every((r) => r.end > r.start)).toBe(true);
    // Four rows of 100 and the band of the connector to the next page fill 450.
    expect(ranges[0]).toEqual({ start: 0, end: 4 });
    expect(ranges.at(-1)?.end).toBe(10);
  });

  it('moves a break up to keep a decision with the step it returns to', () => {
    const edges = [...chain(10), edge(20, 4, 2, 'side')];
    const plain = paginateRows(Array(10).fill(60), chain(10), 330, new Set());
    const kept = paginateRows(Array(10).fill(60), edges, 330, new Set([4]));
    expect(plain[0]!.end).toBeGreaterThan(3);
    expect(kept[0]!.end).toBeLessThanOrEqual(2);
  });
});

describe('the logo', () => {
  const logoBoxes = (width: number, height: number) => {
    const doc = syntheticSop({ steps: 3, executors: 2 });
    doc.identity.logo = { mime: 'image/png', data: base64(pngBytes(width, height)) };
    const settings = { ...defaultLayoutSettings(doc), identityPage: true };
    const identity = layoutSop(doc, settings, arimoMeasurer).pages[0]!;
    const cover = layoutBook(
      [doc],
      { ...settings, ...BOOK, cover: true, draftMarks: [] },
      arimoMeasurer,
    ).pages[0]!;
    return [identity, cover].map((page) => page.primitives.find((p) => p.kind === 'image')!.box);
  };

  it('keeps its proportions on the identity page and the book cover (PDF and preview)', () => {
    for (const [width, height] of [
      [300, 100],
      [60, 180],
      [64, 64],
    ] as const) {
      for (const box of logoBoxes(width, height)) {
        expect(box.width / box.height, `${width}×${height}`).toBeCloseTo(width / height, 5);
      }
    }
  });

  it('gives a wide logo more width than a square one, never more height', () => {
    const [wide] = logoBoxes(300, 100);
    const [square] = logoBoxes(64, 64);
    expect(wide!.width).toBeGreaterThan(square!.width);
    expect(wide!.height).toBeLessThanOrEqual(square!.height);
  });
});

const BOOK = {
  title: 'STANDAR OPERASIONAL PROSEDUR',
  year: '2026',
  decree: '',
  place: '',
  date: '',
  signer: null,
};
