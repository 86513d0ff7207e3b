// An incoming version of an SOP (a workbook returned by the bureau, an updated .sop.json) written
// in the ids of the version the library holds: the same executor and step keep their id, and an
// exit to the next step is written as the stored version writes it. So the diff (diff.ts) pairs
// what is the same, and an unchanged SOP compares equal.

import type { Executor, SopDocument, Step } from './types';

export function adoptIds(base: SopDocument, incoming: SopDocument): SopDocument {
  const executorIds = pairIds(base.executors, incoming.executors, (e) => e.name, 'e');
  const stepIds = pairIds(base.steps, incoming.steps, (s) => s.activity, 's');
  const baseById = new Map(base.steps.map((step, index) => [step.id, index]));
  const steps = incoming.steps.map((step, index): Step => {
    const id = stepIds.get(step.id) ?? step.id;
    const mapExit = (exit: string | null) => (exit === null ? null : (stepIds.get(exit) ?? exit));
    const adopted: Step = {
      ...step,
      id,
      executors: step.executors.map((e) => executorIds.get(e) ?? e),
      yes: mapExit(step.yes),
      no: mapExit(step.no),
    };
    const baseIndex = baseById.get(id);
    const stored = baseIndex === undefined ? undefined : base.steps[baseIndex];
    if (!stored) return adopted;
    const nextHere = stepIds.get(incoming.steps[index + 1]?.id ?? '') ?? null;
    const nextThere = base.steps[baseIndex! + 1]?.id ?? null;
    for (const exit of ['yes', 'no'] as const) {
      // The same target, written as the stored version writes it (an id or null for "next").
      const target = adopted[exit] ?? nextHere;
      if (target === (stored[exit] ?? nextThere)) adopted[exit] = stored[exit];
    }
    return adopted;
  });
  const executors = incoming.executors.map((e): Executor => ({
    ...e,
    id: executorIds.get(e.id) ?? e.id,
  }));
  return { ...incoming, executors, steps };
}

/**
 * Incoming id → adopted id: pairs by equal non-empty text in order, then what is left at the same
 * position; an incoming item with no pair gets an id the stored version does not use.
 */
function pairIds<T extends { id: string }>(
  base: readonly T[],
  incoming: readonly T[],
  text: (item: T) => string,
  prefix: string,
): Map<string, string> {
  const pairs = new Map<number, number>();
  const freeBase = new Set(base.map((_, index) => index));
  incoming.forEach((item, index) => {
    const key = text(item).trim();
    if (key === '') return;
    const match = [...freeBase].find((b) => text(base[b]!).trim() === key);
    if (match === undefined) return;
    pairs.set(index, match);
    freeBase.delete(match);
  });
  incoming.forEach((_, index) => {
    if (pairs.has(index) || !freeBase.has(index)) return;
    pairs.set(index, index);
    freeBase.delete(index);
  });
  const used = new Set(base.map((item) => item.id));
  let counter = 0;
  const fresh = (): string => {
    do counter += 1;
    while (used.has(`${prefix}${counter}`));
    used.add(`${prefix}${counter}`);
    return `${prefix}${counter}`;
  };
  return new Map(
    incoming.map((item, index) => {
      const match = pairs.get(index);
      return [item.id, match === undefined ? fresh() : base[match]!.id];
    }),
  );
}
