// One rule fits an imported SOP within the per-field limits (docs/format.md §7.1): over many
// seeded combinations of what can be too large, the fitted document passes the validation a file
// passes, keeps what was within the limits as it was, cuts the rest to its limit (texts to a
// prefix, lists to their first items), and says so once per kind of cut.

import { describe, expect, it } from 'vitest';
import { fitToDocumentLimits } from '../../../shared/import/limits';
import {
  formatCount,
  MAX_COORDINATION_ROWS,
  MAX_EXECUTOR_NAME_LENGTH,
  MAX_EXECUTORS,
  MAX_EXIT_LABEL_LENGTH,
  MAX_EXTRA_SECTIONS,
  MAX_LIST_ITEMS,
  MAX_STEPS,
  MAX_TEXT_LENGTH,
} from '../../../shared/limits';
import { emptySop, emptyStep, parseSopValue, type SopDocument } from '../../../shared/model';
import { documentLimitProblems } from '../../../shared/model/document-limits';
import { overLimitCase } from './fit-limits-generator';

const CASES = 150;

/** The count limit of the array at `path` (keys joined by dots, indexes as `#`). */
const COUNT_LIMITS: Record<string, number> = {
  steps: MAX_STEPS,
  executors: MAX_EXECUTORS,
  'steps.#.executors': MAX_EXECUTORS,
  'identity.extraSections': MAX_EXTRA_SECTIONS,
  'identity.extraSections.#.items': MAX_LIST_ITEMS,
  'print.coordination': MAX_COORDINATION_ROWS,
};

function countLimit(path: string): number {
  return COUNT_LIMITS[path] ?? (path.startsWith('identity.') ? MAX_LIST_ITEMS : Infinity);
}

function lengthLimit(path: string): number {
  if (path === 'executors.#.name') return MAX_EXECUTOR_NAME_LENGTH;
  if (path === 'steps.#.labels.#') return MAX_EXIT_LABEL_LENGTH;
  return MAX_TEXT_LENGTH;
}

/**
 * The fitted value against the source, field by field: a list is the source's first items up to
 * its limit, a text the source's first units up to its limit (one fewer before a surrogate pair),
 * anything else as it was; a decision exit to a step cut goes to the next step (null) and a step
 * keeps only the executors kept.
 */
function expectFitted(source: SopDocument, fitted: SopDocument): void {
  const steps = new Set(fitted.steps.map((s) => s.id));
  const executors = new Set(fitted.executors.map((e) => e.id));
  const sourceSteps = new Set(source.steps.map((s) => s.id));
  const walk = (from: unknown, to: unknown, path: string): void => {
    if (typeof from === 'string') {
      const limit = lengthLimit(path);
      if (from.length <= limit) expect(to, path).toBe(from);
      else
        expect(from.startsWith(to as string) && limit - (to as string).length <= 1, path).toBe(
          true,
        );
    } else if (Array.isArray(from)) {
      let kept = from;
      if (path === 'steps.#.executors') kept = from.filter((id: string) => executors.has(id));
      kept = kept.slice(0, countLimit(path));
      expect((to as unknown[]).length, path).toBe(kept.length);
      kept.forEach((item, i) => walk(item, (to as unknown[])[i], `${path}.#`.replace(/^\./, '')));
    } else if (typeof from === 'object' && from !== null) {
      expect(Object.keys(to as object).sort(), path).toEqual(Object.keys(from).sort());
      for (const [key, value] of Object.entries(from)) {
        const at = path ? `${path}.${key}` : key;
        const cutExit =
          (key === 'yes' || key === 'no') &&
          typeof value === 'string' &&
          sourceSteps.has(value) &&
          !steps.has(value);
        if (cutExit) expect((to as Record<string, unknown>)[key], at).toBeNull();
        else walk(value, (to as Record<string, unknown>)[key], at);
      }
    } else expect(to, path).toBe(from);
  };
  walk(source, fitted, '');
}

describe('fitToDocumentLimits over generated documents', () => {
  const cases = Array.from({ length: CASES }, (_, i) => overLimitCase(1000 + i));

  it('covers every kind of cut, alone and together, and documents within the limits', () => {
    const kinds = new Set(cases.flatMap((c) => [...c.kinds]));
    expect([...kinds].sort()).toEqual(
      [
        'coordination',
        'executor-names',
        'executors',
        'exit-labels',
        'extra-sections',
        'list-items',
        'steps',
        'texts',
      ].sort(),
    );
    expect(cases.some((c) => c.kinds.size === 0)).toBe(true);
    expect(cases.some((c) => c.kinds.size >= 4)).toBe(true);
  });

  it.each(cases.map((c) => [c.seed, c] as const))('seed %i', (_, { doc, kinds }) => {
    const source = structuredClone(doc);
    const cuts = fitToDocumentLimits(doc);
    expect(cuts.map((cut) => cut.kind).sort()).toEqual([...kinds].sort());
    expect(documentLimitProblems(doc)).toEqual([]);
    expect(() => parseSopValue(structuredClone(doc))).not.toThrow();
    expectFitted(source, doc);
    if (kinds.size === 0) expect(doc).toEqual(source);
    expect(fitToDocumentLimits(doc)).toEqual([]);
  });
});

describe('fitToDocumentLimits messages', () => {
  it('names the count found and the limit, and where an exit or an executor was let go', () => {
    const doc = emptySop();
    doc.executors = Array.from({ length: 32 }, (_, i) => ({ id: `e${i + 1}`, name: `P${i + 1}` }));
    doc.steps = Array.from({ length: 150 }, (_, i) => emptyStep(`s${i + 1}`));
    doc.steps[0]!.executors = ['e1', 'e31'];
    const cuts = fitToDocumentLimits(doc);
    expect(cuts).toEqual([
      {
        kind: 'executors',
        part: 'table',
        message:
          'SOP ini berisi 32 pelaksana; paling banyak 30 pelaksana. Hanya 30 pelaksana pertama yang diimpor. Pelaksana yang tidak diimpor dilepas dari 1 langkah.',
      },
    ]);
    expect(doc.steps[0]!.executors).toEqual(['e1']);
  });

  it('counts the steps the importer found when it stopped reading early', () => {
    const doc = emptySop();
    doc.steps = Array.from({ length: MAX_STEPS + 3 }, (_, i) => emptyStep(`s${i + 1}`, 'decision'));
    doc.steps[0]!.no = `s${MAX_STEPS + 2}`;
    doc.steps[1]!.yes = `s${MAX_STEPS + 3}`;
    expect(fitToDocumentLimits(doc, { stepsFound: 9_998 }).map((c) => c.message)).toEqual([
      `SOP ini berisi 9.998 langkah; paling banyak ${MAX_STEPS} langkah. Hanya ${MAX_STEPS} langkah pertama yang diimpor. 2 cabang keputusan yang menuju langkah sesudahnya kini menuju langkah berikutnya.`,
    ]);
    expect(doc.steps).toHaveLength(MAX_STEPS);
    expect([doc.steps[0]!.no, doc.steps[1]!.yes]).toEqual([null, null]);
  });

  it('names lists and texts cut, the first three places and how many more', () => {
    const doc = emptySop();
    doc.identity.legalBasis = Array.from({ length: 260 }, (_, i) => `UU ${i}`);
    doc.identity.equipment = Array.from({ length: 1_201 }, (_, i) => `Alat ${i}`);
    doc.identity.name = 'n'.repeat(6_000);
    doc.identity.approvedBy.title = 't'.repeat(5_001);
    doc.steps = [emptyStep('s1')];
    doc.steps[0]!.activity = 'a'.repeat(12_345);
    doc.print.coordination = ['k'.repeat(5_002)];
    const messages = fitToDocumentLimits(doc).map((c) => c.message);
    expect(messages).toEqual([
      `Daftar identitas lebih dari 200 butir: Dasar Hukum 260 butir, Peralatan/Perlengkapan 1.201 butir; paling banyak 200 butir per daftar. Hanya 200 butir pertama tiap daftar yang diimpor.`,
      `Teks lebih dari ${formatCount(MAX_TEXT_LENGTH)} karakter dipotong menjadi ${formatCount(MAX_TEXT_LENGTH)} karakter: Nama SOP (6.000 karakter), Jabatan pengesah (5.001 karakter), langkah 1 Kegiatan (12.345 karakter), dan 1 teks lainnya.`,
    ]);
  });

  it('leaves the whole-document limits to refuse: the lane grid is not cut into', () => {
    const doc = emptySop();
    doc.executors = Array.from({ length: 40 }, (_, i) => ({ id: `e${i + 1}`, name: `P${i + 1}` }));
    doc.steps = Array.from({ length: 600 }, (_, i) => emptyStep(`s${i + 1}`));
    fitToDocumentLimits(doc);
    expect(documentLimitProblems(doc)[0]).toMatch(/500 langkah × 30 pelaksana = 15\.000 sel/);
    expect(() => parseSopValue(doc)).toThrow(/15\.000 sel diagram/);
  });
});
