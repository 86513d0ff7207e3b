// Compares two versions of an SOP for the revision history: which identity and print fields
// changed, which executors were added, removed or renamed, and which steps were added, removed,
// moved or changed (cell by cell). Steps and executors are matched by id, then by equal text.

import { APPROVER_LABELS, IDENTITY_LABELS, STEP_COLUMN_LABELS, SYMBOL_LABELS } from './labels';
import type { Executor, SopDocument, Step } from './types';
import { IDENTITY_LIST_FIELDS, IDENTITY_TEXT_FIELDS } from './types';

/** A changed field, both values as display text. */
export type ValueChange = { field: string; label: string; before: string; after: string };

export type StepColumn =
  | 'activity'
  | 'executors'
  | 'symbol'
  | 'yes'
  | 'no'
  | 'labels'
  | 'requirements'
  | 'time'
  | 'output'
  | 'notes';

export type StepCellChange = { column: StepColumn; label: string; before: string; after: string };

/** Step numbers are 1-based positions: `number` in the version the step is in. */
export type StepChange =
  | { kind: 'added'; stepId: string; number: number; activity: string }
  | { kind: 'removed'; stepId: string; number: number; activity: string }
  | {
      kind: 'kept';
      stepId: string;
      beforeNumber: number;
      afterNumber: number;
      /** True when the step changed place relative to the other steps. */
      moved: boolean;
      cells: StepCellChange[];
    };

export type ExecutorChange =
  | { kind: 'added'; id: string; name: string }
  | { kind: 'removed'; id: string; name: string }
  | { kind: 'renamed'; id: string; before: string; after: string };

export type SopDiff = {
  identity: ValueChange[];
  print: ValueChange[];
  executors: ExecutorChange[];
  steps: StepChange[];
};

const CELL_LABELS: Record<StepColumn, string> = {
  activity: STEP_COLUMN_LABELS.activity,
  executors: STEP_COLUMN_LABELS.executors,
  symbol: 'Simbol',
  yes: 'Jika Ya',
  no: 'Jika Tidak',
  labels: 'Label keluar',
  requirements: STEP_COLUMN_LABELS.requirements,
  time: STEP_COLUMN_LABELS.time,
  output: STEP_COLUMN_LABELS.output,
  notes: STEP_COLUMN_LABELS.notes,
};

export function diffSops(before: SopDocument, after: SopDocument): SopDiff {
  const executorPairs = matchByIdThenText(before.executors, after.executors, (e) => e.name);
  const stepPairs = matchByIdThenText(before.steps, after.steps, (s) => s.activity);
  return {
    identity: identityChanges(before, after),
    print: printChanges(before, after),
    executors: executorChanges(before.executors, after.executors, executorPairs),
    steps: stepChanges(before, after, stepPairs, executorPairs),
  };
}

/** How many differences a diff lists: fields, executors and steps changed. */
export function diffSize(diff: SopDiff): number {
  return diff.identity.length + diff.print.length + diff.executors.length + diff.steps.length;
}

export function isEmptyDiff(diff: SopDiff): boolean {
  return diffSize(diff) === 0;
}

/** Pairs of indices (before, after): same id first, then equal non-empty text, in order. */
function matchByIdThenText<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  text: (item: T) => string,
): Map<number, number> {
  const pairs = new Map<number, number>();
  const afterById = new Map(after.map((item, index) => [item.id, index]));
  const takenAfter = new Set<number>();
  before.forEach((item, index) => {
    const match = afterById.get(item.id);
    if (match !== undefined) {
      pairs.set(index, match);
      takenAfter.add(match);
    }
  });
  const freeAfter = after.map((_, index) => index).filter((index) => !takenAfter.has(index));
  before.forEach((item, index) => {
    if (pairs.has(index) || text(item).trim() === '') return;
    const position = freeAfter.findIndex((candidate) => text(after[candidate]!) === text(item));
    if (position < 0) return;
    pairs.set(index, freeAfter[position]!);
    freeAfter.splice(position, 1);
  });
  return pairs;
}

function identityChanges(before: SopDocument, after: SopDocument): ValueChange[] {
  const a = before.identity;
  const b = after.identity;
  const changes: ValueChange[] = [];
  const add = (field: string, label: string, x: string, y: string) => {
    if (x !== y) changes.push({ field, label, before: x, after: y });
  };
  for (const field of IDENTITY_TEXT_FIELDS) add(field, IDENTITY_LABELS[field], a[field], b[field]);
  for (const key of ['title', 'name', 'nip'] as const) {
    add(`approvedBy.${key}`, APPROVER_LABELS[key], a.approvedBy[key], b.approvedBy[key]);
  }
  for (const field of IDENTITY_LIST_FIELDS) {
    add(field, IDENTITY_LABELS[field], a[field].join('\n'), b[field].join('\n'));
  }
  const sections = (doc: SopDocument) =>
    doc.identity.extraSections.map((s) => `${s.label}: ${s.items.join('; ')}`).join('\n');
  add('extraSections', 'Bagian tambahan', sections(before), sections(after));
  const logo = (doc: SopDocument) =>
    doc.identity.logo ? `${doc.identity.logo.mime}:${doc.identity.logo.data}` : '';
  if (logo(before) !== logo(after)) {
    const both = before.identity.logo !== null && after.identity.logo !== null;
    const describe = (doc: SopDocument, replaced: string) =>
      doc.identity.logo === null ? 'Tanpa logo' : both ? replaced : 'Ada logo';
    changes.push({
      field: 'logo',
      label: 'Logo',
      before: describe(before, 'Logo lama'),
      after: describe(after, 'Logo baru'),
    });
  }
  return changes;
}

function printChanges(before: SopDocument, after: SopDocument): ValueChange[] {
  const yesNo = (value: boolean) => (value ? 'Ya' : 'Tidak');
  const rows: [string, string, (doc: SopDocument) => string][] = [
    ['paper', 'Kertas', (d) => d.print.paper],
    ['coordination', 'Paraf Koordinasi', (d) => d.print.coordination.join('\n')],
    ['narrativeTable', 'Tabel naratif', (d) => yesNo(d.print.narrativeTable)],
    ['legend', 'Keterangan simbol', (d) => yesNo(d.print.legend)],
  ];
  return rows
    .map(([field, label, read]) => ({ field, label, before: read(before), after: read(after) }))
    .filter((change) => change.before !== change.after);
}

function executorChanges(
  before: readonly Executor[],
  after: readonly Executor[],
  pairs: Map<number, number>,
): ExecutorChange[] {
  const changes: ExecutorChange[] = [];
  const matchedAfter = new Set(pairs.values());
  before.forEach((executor, index) => {
    const match = pairs.get(index);
    if (match === undefined) {
      changes.push({ kind: 'removed', id: executor.id, name: executor.name });
    } else if (after[match]!.name !== executor.name) {
      changes.push({
        kind: 'renamed',
        id: after[match]!.id,
        before: executor.name,
        after: after[match]!.name,
      });
    }
  });
  after.forEach((executor, index) => {
    if (!matchedAfter.has(index))
      changes.push({ kind: 'added', id: executor.id, name: executor.name });
  });
  return changes;
}

function stepChanges(
  before: SopDocument,
  after: SopDocument,
  stepPairs: Map<number, number>,
  executorPairs: Map<number, number>,
): StepChange[] {
  const moved = movedSteps(stepPairs);
  const cellsOf = stepCells(before, after, stepPairs, executorPairs);
  const changes: StepChange[] = [];
  const matchedAfter = new Set(stepPairs.values());
  before.steps.forEach((step, index) => {
    const match = stepPairs.get(index);
    if (match === undefined) {
      changes.push({
        kind: 'removed',
        stepId: step.id,
        number: index + 1,
        activity: step.activity,
      });
      return;
    }
    const cells = cellsOf(step, after.steps[match]!);
    if (cells.length > 0 || moved.has(index)) {
      changes.push({
        kind: 'kept',
        stepId: after.steps[match]!.id,
        beforeNumber: index + 1,
        afterNumber: match + 1,
        moved: moved.has(index),
        cells,
      });
    }
  });
  after.steps.forEach((step, index) => {
    if (!matchedAfter.has(index)) {
      changes.push({ kind: 'added', stepId: step.id, number: index + 1, activity: step.activity });
    }
  });
  return changes;
}

/**
 * Steps that changed place: matched steps outside the longest run that kept its relative
 * order (longest increasing subsequence of their new positions).
 */
function movedSteps(pairs: Map<number, number>): Set<number> {
  const entries = [...pairs.entries()].sort((x, y) => x[0] - y[0]);
  const tails: number[] = [];
  const previous: number[] = new Array<number>(entries.length).fill(-1);
  entries.forEach(([, target], i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (entries[tails[mid]!]![1] < target) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) {
    kept.add(entries[i]![0]);
  }
  return new Set(entries.map(([index]) => index).filter((index) => !kept.has(index)));
}

function stepCells(
  before: SopDocument,
  after: SopDocument,
  stepPairs: Map<number, number>,
  executorPairs: Map<number, number>,
): (a: Step, b: Step) => StepCellChange[] {
  const executorIdMap = idMap(before.executors, after.executors, executorPairs);
  const stepIdMap = idMap(before.steps, after.steps, stepPairs);
  const executorNames = (doc: SopDocument, ids: readonly string[]) =>
    ids.map((id) => doc.executors.find((e) => e.id === id)?.name ?? id).join(', ');
  const target = (doc: SopDocument, id: string | null) => {
    if (id === null) return 'langkah berikutnya';
    const index = doc.steps.findIndex((s) => s.id === id);
    return index < 0 ? id : `langkah ${index + 1}`;
  };
  const labels = (step: Step) => (step.labels ? step.labels.join(' / ') : '');
  return (a, b) => {
    const cells: StepCellChange[] = [];
    const add = (column: StepColumn, same: boolean, x: string, y: string) => {
      if (!same) cells.push({ column, label: CELL_LABELS[column], before: x, after: y });
    };
    add('activity', a.activity === b.activity, a.activity, b.activity);
    add(
      'executors',
      sameList(
        a.executors.map((id) => executorIdMap.get(id) ?? `?${id}`),
        b.executors,
      ),
      executorNames(before, a.executors),
      executorNames(after, b.executors),
    );
    add('symbol', a.symbol === b.symbol, SYMBOL_LABELS[a.symbol], SYMBOL_LABELS[b.symbol]);
    for (const exit of ['yes', 'no'] as const) {
      const mapped = a[exit] === null ? null : (stepIdMap.get(a[exit]) ?? `?${a[exit]}`);
      add(exit, mapped === b[exit], target(before, a[exit]), target(after, b[exit]));
    }
    add('labels', labels(a) === labels(b), labels(a), labels(b));
    for (const column of ['requirements', 'time', 'output', 'notes'] as const) {
      add(column, a[column] === b[column], a[column], b[column]);
    }
    return cells;
  };
}

function idMap<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  pairs: Map<number, number>,
): Map<string, string> {
  return new Map([...pairs].map(([x, y]) => [before[x]!.id, after[y]!.id]));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
