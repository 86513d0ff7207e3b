// Executor (Pelaksana) actions: the columns of the flowchart. Steps refer to executors by id, so
// renaming and reordering leave steps untouched; removing one reassigns or drops it from steps.

import { nextId } from '../../../../shared/model';
import type { SopDocument } from '../../../../shared/model';

export function addExecutor(doc: SopDocument, name: string): SopDocument {
  const id = nextId(
    'e',
    doc.executors.map((e) => e.id),
  );
  return { ...doc, executors: [...doc.executors, { id, name: name.trim() }] };
}

export function renameExecutor(doc: SopDocument, executorId: string, name: string): SopDocument {
  const trimmed = name.trim();
  const index = doc.executors.findIndex((e) => e.id === executorId);
  const executor = doc.executors[index];
  if (!executor || executor.name === trimmed) return doc;
  const executors = doc.executors.slice();
  executors[index] = { ...executor, name: trimmed };
  return { ...doc, executors };
}

/** Moves an executor column to position `to` (0-based, after the move). */
export function moveExecutor(doc: SopDocument, executorId: string, to: number): SopDocument {
  const from = doc.executors.findIndex((e) => e.id === executorId);
  const executor = doc.executors[from];
  const target = Math.max(0, Math.min(doc.executors.length - 1, Math.trunc(to)));
  if (!executor || from === target) return doc;
  const executors = doc.executors.slice();
  executors.splice(from, 1);
  executors.splice(target, 0, executor);
  return { ...doc, executors };
}

/** How many steps use an executor: the editor asks before removing a used one. */
export function stepsUsingExecutor(doc: SopDocument, executorId: string): number {
  return doc.steps.filter((s) => s.executors.includes(executorId)).length;
}

/**
 * Removes an executor column. Its steps move to `reassignTo` when given (a step already held by
 * that executor just loses the removed one), otherwise the executor simply leaves them.
 */
export function removeExecutor(
  doc: SopDocument,
  executorId: string,
  reassignTo: string | null = null,
): SopDocument {
  if (!doc.executors.some((e) => e.id === executorId)) return doc;
  const heir =
    reassignTo !== null &&
    reassignTo !== executorId &&
    doc.executors.some((e) => e.id === reassignTo)
      ? reassignTo
      : null;
  const steps = doc.steps.map((step) => {
    if (!step.executors.includes(executorId)) return step;
    const replaced = step.executors.map((id) => (id === executorId ? heir : id));
    const executors = replaced.filter(
      (id, i): id is string => id !== null && replaced.indexOf(id) === i,
    );
    return { ...step, executors };
  });
  return { ...doc, executors: doc.executors.filter((e) => e.id !== executorId), steps };
}
