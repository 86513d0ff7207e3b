// An imported SOP fitted within the document's per-field limits (docs/format.md §7.1), one rule for
// both importers (Excel and PDF): a workbook or a PDF may hold more than an SOP may, so what passes
// a limit is cut, and each kind of cut is reported once, naming what was found and the limit. The
// limits of the whole document (the lane grid, all texts together) stay refusals
// (shared/model/document-limits.ts): cutting those would mean choosing what to drop.

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
} from '../limits';
import { IDENTITY_LABELS, IDENTITY_LIST_FIELDS, type SopDocument } from '../model';
import { LengthCuts, textsOf } from './limit-texts';

/** Which part of the SOP a cut is in: the importers file it under that part's sheet or page. */
export type LimitPart = 'identity' | 'table';

export type LimitCutKind =
  | 'steps'
  | 'executors'
  | 'step-executors'
  | 'extra-sections'
  | 'list-items'
  | 'coordination'
  | 'executor-names'
  | 'exit-labels'
  | 'texts';

export type LimitCut = { kind: LimitCutKind; part: LimitPart; message: string };

export type FitOptions = {
  /**
   * The steps the source holds, when the importer stopped reading rows once it had MAX_STEPS
   * (so `doc` holds only those): the cut is reported with the number found.
   */
  stepsFound?: number;
};

/**
 * Cuts `doc` in place to every per-field limit of the document schema, so it passes validation
 * unless a whole-document limit refuses it; a document within the limits is left as it is.
 * Returns one cut per kind, in the order they were made.
 */
export function fitToDocumentLimits(doc: SopDocument, options: FitOptions = {}): LimitCut[] {
  const cuts = [
    cutSteps(doc, Math.max(doc.steps.length, options.stepsFound ?? 0)),
    cutExecutors(doc),
    cutStepExecutors(doc),
    cutExtraSections(doc),
    cutListItems(doc),
    cutCoordination(doc),
    cutExecutorNames(doc),
    cutExitLabels(doc),
    cutTexts(doc),
  ];
  return cuts.filter((cut): cut is LimitCut => cut !== null);
}

/** The first MAX_STEPS steps; a decision exit to a step cut goes to the next step instead. */
function cutSteps(doc: SopDocument, found: number): LimitCut | null {
  if (found <= MAX_STEPS) return null;
  const removed = new Set(doc.steps.slice(MAX_STEPS).map((step) => step.id));
  doc.steps = doc.steps.slice(0, MAX_STEPS);
  let exits = 0;
  for (const step of doc.steps) {
    if (step.yes !== null && removed.has(step.yes)) {
      step.yes = null;
      exits += 1;
    }
    if (step.no !== null && removed.has(step.no)) {
      step.no = null;
      exits += 1;
    }
  }
  const redirected =
    exits > 0
      ? ` ${formatCount(exits)} cabang keputusan yang menuju langkah sesudahnya kini menuju langkah berikutnya.`
      : '';
  return {
    kind: 'steps',
    part: 'table',
    message: `${firstOnly('SOP ini', found, MAX_STEPS, 'langkah')}${redirected}`,
  };
}

/** The first MAX_EXECUTORS executors; steps lose their references to the ones cut. */
function cutExecutors(doc: SopDocument): LimitCut | null {
  const found = doc.executors.length;
  if (found <= MAX_EXECUTORS) return null;
  const removed = new Set(doc.executors.slice(MAX_EXECUTORS).map((executor) => executor.id));
  doc.executors = doc.executors.slice(0, MAX_EXECUTORS);
  let steps = 0;
  for (const step of doc.steps) {
    const kept = step.executors.filter((id) => !removed.has(id));
    if (kept.length === step.executors.length) continue;
    step.executors = kept;
    steps += 1;
  }
  const released =
    steps > 0 ? ` Pelaksana yang tidak diimpor dilepas dari ${formatCount(steps)} langkah.` : '';
  return {
    kind: 'executors',
    part: 'table',
    message: `${firstOnly('SOP ini', found, MAX_EXECUTORS, 'pelaksana')}${released}`,
  };
}

/** A joint activity of more executors than an SOP may have (a source naming one several times). */
function cutStepExecutors(doc: SopDocument): LimitCut | null {
  const over = doc.steps.filter((step) => step.executors.length > MAX_EXECUTORS);
  if (over.length === 0) return null;
  for (const step of over) step.executors = step.executors.slice(0, MAX_EXECUTORS);
  return {
    kind: 'step-executors',
    part: 'table',
    message: `${formatCount(over.length)} langkah dikerjakan lebih dari ${formatCount(MAX_EXECUTORS)} pelaksana; hanya ${formatCount(MAX_EXECUTORS)} pelaksana pertama tiap langkah yang diimpor.`,
  };
}

function cutExtraSections(doc: SopDocument): LimitCut | null {
  const found = doc.identity.extraSections.length;
  if (found <= MAX_EXTRA_SECTIONS) return null;
  doc.identity.extraSections = doc.identity.extraSections.slice(0, MAX_EXTRA_SECTIONS);
  return {
    kind: 'extra-sections',
    part: 'identity',
    message: firstOnly('Identitas SOP ini', found, MAX_EXTRA_SECTIONS, 'bagian tambahan', 'bagian'),
  };
}

/** The identity lists and the extra sections' items, each to its first MAX_LIST_ITEMS. */
function cutListItems(doc: SopDocument): LimitCut | null {
  const found: string[] = [];
  const cut = (items: string[], name: string): string[] => {
    if (items.length <= MAX_LIST_ITEMS) return items;
    found.push(`${name} ${formatCount(items.length)} butir`);
    return items.slice(0, MAX_LIST_ITEMS);
  };
  const { identity } = doc;
  for (const field of IDENTITY_LIST_FIELDS) {
    identity[field] = cut(identity[field], IDENTITY_LABELS[field]);
  }
  identity.extraSections.forEach((section, i) => {
    section.items = cut(section.items, `bagian tambahan ${i + 1}`);
  });
  if (found.length === 0) return null;
  const each = found.length > 1 ? ' tiap daftar' : '';
  return {
    kind: 'list-items',
    part: 'identity',
    message: `Daftar identitas lebih dari ${formatCount(MAX_LIST_ITEMS)} butir: ${found.join(', ')}; paling banyak ${formatCount(MAX_LIST_ITEMS)} butir per daftar. Hanya ${formatCount(MAX_LIST_ITEMS)} butir pertama${each} yang diimpor.`,
  };
}

function cutCoordination(doc: SopDocument): LimitCut | null {
  const found = doc.print.coordination.length;
  if (found <= MAX_COORDINATION_ROWS) return null;
  doc.print.coordination = doc.print.coordination.slice(0, MAX_COORDINATION_ROWS);
  return {
    kind: 'coordination',
    part: 'identity',
    message: firstOnly('Paraf Koordinasi', found, MAX_COORDINATION_ROWS, 'baris'),
  };
}

function cutExecutorNames(doc: SopDocument): LimitCut | null {
  const cuts = new LengthCuts(MAX_EXECUTOR_NAME_LENGTH);
  doc.executors.forEach((executor, i) => {
    executor.name = cuts.cut(executor.name, () => `pelaksana ${i + 1}`, 'table');
  });
  return cuts.report('executor-names', 'Nama pelaksana');
}

function cutExitLabels(doc: SopDocument): LimitCut | null {
  const cuts = new LengthCuts(MAX_EXIT_LABEL_LENGTH);
  doc.steps.forEach((step, i) => {
    const { labels } = step;
    if (labels === null) return;
    labels[0] = cuts.cut(labels[0], () => `langkah ${i + 1}, label pertama`, 'table');
    labels[1] = cuts.cut(labels[1], () => `langkah ${i + 1}, label kedua`, 'table');
  });
  return cuts.report('exit-labels', 'Label cabang keputusan');
}

/** Every other text: identity, approver, lists, extra sections, steps, Paraf Koordinasi rows. */
function cutTexts(doc: SopDocument): LimitCut | null {
  const cuts = new LengthCuts(MAX_TEXT_LENGTH);
  for (const text of textsOf(doc)) text.set(cuts.cut(text.get(), () => text.where, text.part));
  return cuts.report('texts', 'Teks');
}

/**
 * `SOP ini berisi 9.998 langkah; paling banyak 500 langkah. Hanya 500 langkah pertama yang
 * diimpor.` (`kept` names the kept ones where a shorter word says it.)
 */
function firstOnly(owner: string, found: number, limit: number, noun: string, kept = noun): string {
  const most = formatCount(limit);
  return `${owner} berisi ${formatCount(found)} ${noun}; paling banyak ${most} ${noun}. Hanya ${most} ${kept} pertama yang diimpor.`;
}
