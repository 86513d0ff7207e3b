// The paste mapping: a pasted block goes into the columns it came from (by its title row, else by
// its shape), marks become symbols only in executor columns, text never does, and no filled step
// is overwritten. Examples first, then many generated shapes checked for the same promises.

import { describe, expect, it } from 'vitest';
import { MAX_STEPS } from '../../../shared/limits';
import { STEP_COLUMN_LABELS } from '../../../shared/model';
import type { SopDocument, Step } from '../../../shared/model';
import { pasteSteps } from '../../../renderer/src/state/actions/paste';
import { STEP_TEXT_FIELDS } from '../../../renderer/src/state/actions/steps';
import type { StepTextField } from '../../../renderer/src/state/actions/steps';
import { parseTsv, toTsv, unspanTable } from '../../../renderer/src/state/clipboard';
import { columnKeys, rangeCells } from '../../../renderer/src/state/columns';
import type { ColumnKey } from '../../../renderer/src/state/columns';
import { planPaste } from '../../../renderer/src/state/paste/map';
import type { PastePlan, PasteTarget } from '../../../renderer/src/state/paste/types';
import { seededRandom } from '../../support/random';
import { activities, docWith } from './helpers';

/** Ten filled steps over three executors, as in the clerk's trial. */
function tenSteps(): SopDocument {
  return docWith(
    Array.from({ length: 10 }, (_, i) => ({
      activity: `Langkah ${i + 1}`,
      executors: [`e${(i % 3) + 1}`],
      time: `${i + 1} menit`,
      output: `Hasil ${i + 1}`,
    })),
  );
}

const at = (index: number, column: ColumnKey): PasteTarget => ({ index, column });

function stepsPlan(plan: PastePlan | null): Extract<PastePlan, { kind: 'steps' }> {
  if (plan?.kind !== 'steps') throw new Error(`expected rows, got ${JSON.stringify(plan)}`);
  return plan;
}

function pasted(doc: SopDocument, rows: string[][], target: PasteTarget): SopDocument {
  const plan = stepsPlan(planPaste(doc, rows, target));
  return pasteSteps(doc, plan.at, plan.steps);
}

const THREE_ROWS = [
  ['Menerima surat', 'Surat masuk', '5 menit', 'Agenda'],
  ['Mencatat surat', 'Agenda', '10 menit', 'Buku agenda'],
  ['Mendisposisi', 'Buku agenda', '15 menit', 'Disposisi'],
];

describe('a block without executor columns (the clerk’s trial)', () => {
  for (const column of ['activity', 'exec:e2', 'number', 'output'] as ColumnKey[]) {
    it(`fills the text columns in order, pasted on ${column}, keeping every step`, () => {
      const doc = tenSteps();
      const plan = stepsPlan(planPaste(doc, THREE_ROWS, at(4, column)));
      expect(plan.columns).toEqual(['activity', 'requirements', 'time', 'output']);
      const next = pasteSteps(doc, plan.at, plan.steps);
      expect(next.steps).toHaveLength(13);
      expect(next.steps.filter((s) => doc.steps.includes(s))).toEqual(doc.steps);
      expect(
        next.steps.slice(4, 7).map((s) => [s.activity, s.requirements, s.time, s.output]),
      ).toEqual(THREE_ROWS);
      expect(next.steps.slice(4, 7).every((s) => s.executors.length === 0)).toBe(true);
    });
  }

  it('drops a No column and skips blank rows', () => {
    const rows = parseTsv('1.\tSatu\tBerkas\n\t\t\n2.\tDua\tSurat\n');
    const next = pasted(docWith([]), rows, null);
    expect(next.steps.map((s) => [s.activity, s.requirements])).toEqual([
      ['Satu', 'Berkas'],
      ['Dua', 'Surat'],
    ]);
  });

  it('starts at the focused text column when the block fits from there', () => {
    const doc = docWith([{ activity: 'A' }, { activity: 'B' }]);
    const plan = stepsPlan(
      planPaste(
        doc,
        [
          ['5 menit', 'Surat'],
          ['1 jam', 'Agenda'],
        ],
        at(0, 'time'),
      ),
    );
    expect(plan.columns).toEqual(['time', 'output']);
    const next = pasteSteps(doc, plan.at, plan.steps);
    // The cells were empty: the two steps are filled, none inserted.
    expect(next.steps.map((s) => [s.activity, s.time, s.output])).toEqual([
      ['A', '5 menit', 'Surat'],
      ['B', '1 jam', 'Agenda'],
    ]);
  });

  it('fills a column of empty cells down, and inserts from the first filled one', () => {
    const doc = docWith([{ activity: 'A' }, { activity: 'B', time: '1 jam' }, { activity: 'C' }]);
    const next = pasted(doc, [['5 menit'], ['6 menit'], ['7 menit']], at(0, 'time'));
    expect(next.steps.map((s) => [s.activity, s.time])).toEqual([
      ['A', '5 menit'],
      ['', '6 menit'],
      ['', '7 menit'],
      ['B', '1 jam'],
      ['C', ''],
    ]);
  });

  it('leaves out what runs past Keterangan, and says so', () => {
    const plan = stepsPlan(planPaste(docWith([]), [['a', 'b', 'c', 'd', 'e', 'f', 'g']], null));
    expect(plan.columns).toEqual(STEP_TEXT_FIELDS);
    expect(plan.leftOut.beyondColumns).toBe(2);
  });
});

describe('a block with a title row', () => {
  it('maps by labels and their spellings, and gives bare times the title’s unit', () => {
    const rows = [
      ['Uraian Kegiatan', 'Keluaran', 'Waktu (menit)', 'Persyaratan'],
      ['Menerima', 'Agenda', '15', 'Surat'],
    ];
    const plan = stepsPlan(planPaste(docWith([]), rows, null));
    expect(plan.byHeader).toBe(true);
    expect(plan.steps[0]?.texts).toEqual({
      activity: 'Menerima',
      output: 'Agenda',
      time: '15 menit',
      requirements: 'Surat',
    });
  });

  it('places marks under the SOP’s executor names, in any order', () => {
    const rows = [
      ['Kabid', 'Kegiatan', 'Staf', 'Output'],
      ['', 'Memeriksa', '√', 'Berkas'],
      ['X', 'Menyetujui', '', 'Persetujuan'],
    ];
    const next = pasted(docWith([]), rows, null);
    expect(next.steps.map((s) => [s.activity, s.executors, s.output])).toEqual([
      ['Memeriksa', ['e1'], 'Berkas'],
      ['Menyetujui', ['e3'], 'Persetujuan'],
    ]);
  });

  it('reads a two-row title with merged groups and a row of column numbers', () => {
    const rows = unspanTable([
      [
        { text: 'NO', colSpan: 1, rowSpan: 2 },
        { text: 'KEGIATAN', colSpan: 1, rowSpan: 2 },
        { text: 'PELAKSANA', colSpan: 2, rowSpan: 1 },
        { text: 'MUTU BAKU', colSpan: 2, rowSpan: 1 },
        { text: 'KET', colSpan: 1, rowSpan: 2 },
      ],
      ['Kasi', 'Sekretaris', 'Kelengkapan', 'Waktu'].map((text) => ({
        text,
        colSpan: 1,
        rowSpan: 1,
      })),
      ['1', '2', '3', '4', '5', '6', '7'].map((text) => ({ text, colSpan: 1, rowSpan: 1 })),
      ['1', 'Memaraf', 'v', 'v', 'Konsep', '10 menit', ''].map((text) => ({
        text,
        colSpan: 1,
        rowSpan: 1,
      })),
    ]);
    const plan = stepsPlan(planPaste(docWith([]), rows, null));
    expect(plan.steps).toEqual([
      {
        texts: { activity: 'Memaraf', requirements: 'Konsep', time: '10 menit' },
        executors: ['e2'],
        symbol: 'process',
      },
    ]);
    // Sekretaris is no executor of this SOP: its marks are not placed, and the notice says so.
    expect(plan.leftOut.headers).toEqual(['Sekretaris']);
  });

  it('never turns text under an executor title into a symbol', () => {
    const rows = [
      ['Kegiatan', 'Kasi'],
      ['Memeriksa', 'Berkas lengkap'],
    ];
    const plan = stepsPlan(planPaste(docWith([]), rows, null));
    expect(plan.steps[0]).toEqual({
      texts: { activity: 'Memeriksa' },
      executors: [],
      symbol: null,
    });
    expect(plan.leftOut.textInExecutor).toBe(1);
  });
});

describe('a block as wide as the table', () => {
  it('maps one to one; marks become symbols only in executor columns', () => {
    const rows = parseTsv(
      [
        'Mulai\tKapsul\t\t\tBerkas\t5 menit\tBerkas\t',
        'Periksa\t\tX\tv\t1\t\t\t',
        'Putuskan\t\t\tBelah ketupat\t\t\tKeputusan\tcatatan',
      ].join('\n'),
    );
    const next = pasted(docWith([]), rows, null);
    expect(next.steps.map((s) => [s.executors, s.symbol])).toEqual([
      [['e1'], 'terminator'],
      [['e2', 'e3'], 'process'],
      [['e3'], 'decision'],
    ]);
    // The `1` under Kelengkapan is text there.
    expect(next.steps[1]?.requirements).toBe('1');
    expect(next.steps[2]?.notes).toBe('catatan');
  });

  it('with a No column too, and text in an executor column is left out, not a symbol', () => {
    const rows = [['1', 'Periksa', 'Staf', '', '', 'Berkas', '', '', '']];
    const plan = stepsPlan(planPaste(docWith([]), rows, at(0, 'time')));
    expect(plan.steps).toEqual([
      { texts: { activity: 'Periksa', requirements: 'Berkas' }, executors: [], symbol: null },
    ]);
    expect(plan.leftOut.textInExecutor).toBe(1);
  });

  it('a table with another number of executors keeps its texts and leaves its lanes out', () => {
    const rows = [['Periksa', 'X', '', '', '', 'Berkas', '5 menit', 'Hasil', 'ket']];
    const plan = stepsPlan(planPaste(docWith([]), rows, null));
    expect(plan.steps[0]?.texts).toEqual({
      activity: 'Periksa',
      requirements: 'Berkas',
      time: '5 menit',
      output: 'Hasil',
      notes: 'ket',
    });
    expect(plan.steps[0]?.executors).toEqual([]);
    expect(plan.leftOut.executorColumns).toBe(1);
  });

  it('a range copied in the grid pastes back into the same columns', () => {
    const source = docWith([
      { activity: 'Mulai', executors: ['e1'], symbol: 'terminator', time: '5 menit' },
      { activity: 'Periksa', executors: ['e2', 'e3'], symbol: 'decision' },
    ]);
    const keys = columnKeys(source).slice(1, 5);
    const rows = parseTsv(toTsv(rangeCells(source, 0, 1, keys)));
    const next = pasted(docWith([]), rows, null);
    expect(next.steps.map((s) => [s.activity, s.executors, s.symbol])).toEqual([
      ['Mulai', ['e1'], 'terminator'],
      ['Periksa', ['e2', 'e3'], 'decision'],
    ]);
  });
});

describe('a single value', () => {
  it('goes into the focused cell as before, overwriting it', () => {
    const doc = tenSteps();
    expect(planPaste(doc, [['20 menit']], at(2, 'time'))).toEqual({
      kind: 'cell',
      index: 2,
      column: 'time',
      text: '20 menit',
    });
    expect(planPaste(doc, [['X']], at(2, 'exec:e1'))).toMatchObject({ kind: 'cell' });
  });

  it('is refused in an executor cell when it is text', () => {
    const plan = stepsPlan(planPaste(tenSteps(), [['Berkas']], at(2, 'exec:e1')));
    expect(plan.steps).toEqual([]);
    expect(plan.leftOut.textInExecutor).toBe(1);
  });

  it('on the No column or an empty table becomes a step', () => {
    expect(activities(pasted(tenSteps(), [['Baru']], at(3, 'number')))[3]).toBe('Baru');
    expect(activities(pasted(docWith([]), [['Baru']], null))).toEqual(['Baru']);
  });

  it('a paste past the step limit is refused whole; filled empty steps add none', () => {
    const full = docWith(Array.from({ length: MAX_STEPS - 2 }, (_, i) => ({ activity: `L${i}` })));
    const rows = [
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ];
    expect(planPaste(full, rows, null)).toEqual({ kind: 'too-many', count: MAX_STEPS + 1 });
    expect(planPaste(full, rows.slice(1), null)).toMatchObject({ kind: 'steps' });
    const withBlanks = docWith([
      ...Array.from({ length: MAX_STEPS - 3 }, (_, i) => ({ activity: `L${i}` })),
      ...Array.from({ length: 3 }, () => ({ activity: '' })),
    ]);
    expect(planPaste(withBlanks, rows, at(MAX_STEPS - 3, 'activity'))).toMatchObject({
      kind: 'steps',
    });
  });

  it('nothing to paste is no plan', () => {
    expect(planPaste(tenSteps(), [], at(0, 'activity'))).toBeNull();
    expect(planPaste(tenSteps(), [['', ' ']], at(0, 'activity'))).toBeNull();
  });
});

// ── Generated shapes ─────────────────────────────────────────────────────────────────────────

const MARKS = ['X', 'x', 'v', 'V', '√', '✓', '1'];
const EXECUTOR_NAMES = ['Staf', 'Kasi', 'Kabid', 'Sekretaris', 'Kepala Dinas'];
const TITLES: Record<StepTextField, string[]> = {
  activity: [STEP_COLUMN_LABELS.activity, 'Uraian Kegiatan', 'AKTIVITAS'],
  requirements: [STEP_COLUMN_LABELS.requirements, 'Persyaratan', 'Kelengkapan/Persyaratan'],
  time: [STEP_COLUMN_LABELS.time, 'Waktu penyelesaian', 'WAKTU'],
  output: [STEP_COLUMN_LABELS.output, 'Keluaran', 'Hasil'],
  notes: [STEP_COLUMN_LABELS.notes, 'Ket.', 'Catatan'],
};

type Case = {
  doc: SopDocument;
  rows: string[][];
  target: PasteTarget;
  /** What each data row should write: texts by field and the executors it marks. */
  expected: { texts: Partial<Record<StepTextField, string>>; executors: string[] }[];
};

function generate(seed: number): Case {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const executorCount = int(5);
  const stepCount = int(12);
  const doc = docWith(
    Array.from({ length: stepCount }, (_, i) =>
      random() < 0.3
        ? { activity: '' }
        : {
            activity: `Ada ${i}`,
            executors: random() < 0.7 && executorCount > 0 ? [`e${1 + int(executorCount)}`] : [],
            time: random() < 0.5 ? `${i} menit` : '',
          },
    ),
    EXECUTOR_NAMES.slice(0, executorCount),
  );
  const header = random() < 0.5;
  const numbered = random() < 0.4;
  // A full-width block (with marks) or a text block of some text columns from Kegiatan on.
  const full = random() < 0.35;
  const fields = full ? STEP_TEXT_FIELDS : STEP_TEXT_FIELDS.slice(0, 1 + int(5));
  const executors = full ? doc.executors : [];
  const titles = [
    ...(numbered ? ['No'] : []),
    pick(TITLES.activity),
    ...executors.map((e) => e.name),
    ...fields.slice(1).map((field) => pick(TITLES[field])),
  ];
  const rows: string[][] = header ? [titles] : [];
  const expected: Case['expected'] = [];
  // One value alone is a single-cell paste (the examples above): blocks here have two cells or more.
  const rowCount = (titles.length === 1 && !header ? 2 : 1) + int(5);
  for (let r = 0; r < rowCount; r += 1) {
    const texts: Partial<Record<StepTextField, string>> = {};
    for (const field of fields)
      if (field === 'activity' || random() < 0.7) texts[field] = `${field} ${seed}.${r}`;
    const marked = executors.filter(() => random() < 0.4).map((e) => e.id);
    const cells = [
      ...(numbered ? [`${r + 1}.`] : []),
      texts.activity ?? '',
      ...executors.map((e) => (marked.includes(e.id) ? pick(MARKS) : '')),
      ...fields.slice(1).map((field) => texts[field] ?? ''),
    ];
    rows.push(cells);
    expected.push({ texts, executors: marked });
  }
  const columns: ColumnKey[] = [
    'number',
    'activity',
    ...doc.executors.map((e) => `exec:${e.id}` as const),
  ];
  const target = stepCount > 0 && random() < 0.8 ? at(int(stepCount), pick(columns)) : null;
  return { doc, rows, target, expected };
}

/** The promises of every paste: nothing existing is lost or changed, and no text is a symbol. */
function checkPaste({ doc, rows, target, expected }: Case): void {
  const plan = stepsPlan(planPaste(doc, rows, target));
  const next = pasteSteps(doc, plan.at, plan.steps);
  const kept = new Map(next.steps.map((s) => [s.id, s]));
  // Every step keeps its place in the order and every filled cell, its executors too.
  expect(next.steps.map((s) => s.id).filter((id) => doc.steps.some((s) => s.id === id))).toEqual(
    doc.steps.map((s) => s.id),
  );
  for (const before of doc.steps) {
    const after = kept.get(before.id) as Step;
    for (const field of STEP_TEXT_FIELDS) {
      if (before[field] !== '') expect(after[field]).toBe(before[field]);
    }
    if (before.executors.length > 0) expect(after.executors).toEqual(before.executors);
  }
  // The rows land in order from the paste point, each text in its column, marks as symbols.
  const landed = next.steps.slice(plan.at, plan.at + expected.length);
  expect(landed).toHaveLength(expected.length);
  landed.forEach((step, i) => {
    const want = expected[i];
    for (const [field, text] of Object.entries(want?.texts ?? {})) {
      expect(step[field as StepTextField]).toBe(text);
    }
    expect(step.executors).toEqual(want?.executors);
  });
  // Rows that filled an empty step added none; the others one each.
  const filled = landed.filter((s) => doc.steps.some((d) => d.id === s.id)).length;
  expect(next.steps).toHaveLength(doc.steps.length + expected.length - filled);
}

describe('generated shapes', () => {
  it.each(Array.from({ length: 400 }, (_, i) => i + 1))('case %i', (seed) => {
    checkPaste(generate(seed));
  });
});
