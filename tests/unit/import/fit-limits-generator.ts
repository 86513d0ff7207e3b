// Seeded SOP documents over the per-field limits (docs/format.md §7.1), in many combinations: too
// many steps or executors, long texts anywhere, long lists, many extra sections and Paraf
// Koordinasi rows, long executor names and exit labels. Each case says which kinds of cut it
// needs; every case fits the whole-document limits once cut, so it must import.

import type { LimitCutKind } from '../../../shared/import/limits';
import {
  MAX_COORDINATION_ROWS,
  MAX_EXECUTOR_NAME_LENGTH,
  MAX_EXECUTORS,
  MAX_EXIT_LABEL_LENGTH,
  MAX_EXTRA_SECTIONS,
  MAX_LIST_ITEMS,
  MAX_STEPS,
  MAX_TEXT_LENGTH,
} from '../../../shared/limits';
import {
  emptySop,
  emptyStep,
  IDENTITY_LIST_FIELDS,
  IDENTITY_TEXT_FIELDS,
  STEP_TEXT_FIELDS,
  type SopDocument,
} from '../../../shared/model';
import { seededRandom } from '../../support/random';

export type OverLimitCase = { seed: number; doc: SopDocument; kinds: Set<LimitCutKind> };

type Random = { int: (max: number) => number; chance: (p: number) => boolean };

function randomOf(seed: number): Random {
  const next = seededRandom(seed);
  return { int: (max) => Math.floor(next() * max), chance: (p) => next() < p };
}

/** A text of `length` units ending in an emoji, so a cut may fall inside a surrogate pair. */
function longText(length: number): string {
  return `${'Memeriksa berkas usulan '.repeat(Math.ceil(length / 24))}`.slice(0, length - 2) + '😀';
}

export function overLimitCase(seed: number): OverLimitCase {
  const r = randomOf(seed);
  const kinds = new Set<LimitCutKind>();
  const manySteps = r.chance(0.3);
  const manyExecutors = !manySteps && r.chance(0.3);
  const steps = manySteps ? MAX_STEPS + 1 + r.int(40) : 1 + r.int(60);
  const executors = manyExecutors ? MAX_EXECUTORS + 1 + r.int(15) : 1 + r.int(12);
  if (manySteps) kinds.add('steps');
  if (manyExecutors) kinds.add('executors');
  const doc = baseDocument(r, steps, executors);
  if (r.chance(0.3)) {
    const at = r.int(IDENTITY_LIST_FIELDS.length);
    doc.identity[IDENTITY_LIST_FIELDS[at]!] = shortItems(MAX_LIST_ITEMS + 1 + r.int(100));
    kinds.add('list-items');
  }
  if (r.chance(0.3)) {
    doc.identity.extraSections = Array.from(
      { length: MAX_EXTRA_SECTIONS + 1 + r.int(30) },
      (_, i) => ({ label: `Bagian ${i + 1}`, items: [`Isi ${i + 1}`] }),
    );
    kinds.add('extra-sections');
    if (r.chance(0.5)) {
      doc.identity.extraSections[r.int(MAX_EXTRA_SECTIONS)]!.items = shortItems(
        MAX_LIST_ITEMS + 1 + r.int(50),
      );
      kinds.add('list-items');
    }
  }
  if (r.chance(0.3)) {
    doc.print.coordination = shortItems(MAX_COORDINATION_ROWS + 1 + r.int(30));
    kinds.add('coordination');
  }
  if (r.chance(0.3)) {
    const executor = doc.executors[r.int(Math.min(doc.executors.length, MAX_EXECUTORS))]!;
    executor.name = longText(MAX_EXECUTOR_NAME_LENGTH + 1 + r.int(300));
    kinds.add('executor-names');
  }
  if (r.chance(0.3)) {
    const decision = doc.steps.find((step, i) => i < MAX_STEPS && step.symbol === 'decision');
    if (decision) {
      decision.labels = ['Lengkap', longText(MAX_EXIT_LABEL_LENGTH + 1 + r.int(100))];
      kinds.add('exit-labels');
    }
  }
  if (r.chance(0.5)) {
    for (let n = 1 + r.int(12); n > 0; n -= 1) placeLongText(r, doc);
    kinds.add('texts');
  }
  return { seed, doc, kinds };
}

function baseDocument(r: Random, steps: number, executors: number): SopDocument {
  const doc = emptySop({ government: 'PEMERINTAH KABUPATEN UJI', agency: 'DINAS UJI', unit: '' });
  doc.identity.name = `SOP Uji ${steps} langkah`;
  doc.identity.legalBasis = ['UU 1/2020'];
  doc.executors = Array.from({ length: executors }, (_, i) => ({
    id: `e${i + 1}`,
    name: `Pelaksana ${i + 1}`,
  }));
  doc.steps = Array.from({ length: steps }, (_, i) => {
    const decision = i > 0 && i < steps - 1 && r.chance(0.2);
    const step = emptyStep(`s${i + 1}`, decision ? 'decision' : 'process');
    step.activity = `Langkah ${i + 1}`;
    step.executors = [`e${1 + r.int(executors)}`];
    if (r.chance(0.2)) step.executors.push(`e${1 + r.int(executors)}`);
    // Exits anywhere: forward past the step limit, back, or the next step.
    if (decision) step.no = r.chance(0.7) ? `s${1 + r.int(steps)}` : null;
    return step;
  });
  return doc;
}

function shortItems(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Butir ${i + 1}`);
}

/**
 * A text over MAX_TEXT_LENGTH in an identity or approver field, a list item, an extra section's
 * title or item, a step's text or a Paraf Koordinasi row.
 */
function placeLongText(r: Random, doc: SopDocument): void {
  const text = longText(MAX_TEXT_LENGTH + 1 + r.int(3_000));
  const { identity } = doc;
  switch (r.int(6)) {
    case 0:
      identity[IDENTITY_TEXT_FIELDS[r.int(IDENTITY_TEXT_FIELDS.length)]!] = text;
      return;
    case 1:
      identity.approvedBy[(['title', 'name', 'nip'] as const)[r.int(3)]!] = text;
      return;
    case 2:
      identity.legalBasis[0] = text;
      return;
    case 3: {
      const step = doc.steps[r.int(Math.min(doc.steps.length, MAX_STEPS))]!;
      step[STEP_TEXT_FIELDS[r.int(STEP_TEXT_FIELDS.length)]!] = text;
      return;
    }
    case 4: {
      if (identity.extraSections.length === 0)
        identity.extraSections.push({ label: '', items: [] });
      const section = identity.extraSections[0]!;
      if (r.chance(0.5)) section.label = text;
      else section.items[0] = text;
      return;
    }
    default:
      doc.print.coordination[0] = text;
  }
}
