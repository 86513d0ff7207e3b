// Compares an SOP before export and after import: ids are positional in a workbook (s1…, e1…)
// and a decision exit to the next row is null (docs/format.md §5), so both sides are put in that form
// first; the result lists every differing field by path.

import type { SopDocument } from '../../../shared/model';

export function canonical(doc: SopDocument): SopDocument {
  const stepId = new Map(doc.steps.map((s, i) => [s.id, `s${i + 1}`]));
  const executorId = new Map(doc.executors.map((e, i) => [e.id, `e${i + 1}`]));
  return {
    ...doc,
    executors: doc.executors.map((e) => ({ ...e, id: executorId.get(e.id) ?? e.id })),
    steps: doc.steps.map((step, i) => {
      const target = (id: string | null): string | null => {
        const mapped = id === null ? null : (stepId.get(id) ?? id);
        return mapped === `s${i + 2}` ? null : mapped;
      };
      return {
        ...step,
        id: `s${i + 1}`,
        executors: step.executors.map((e) => executorId.get(e) ?? e),
        yes: target(step.yes),
        no: target(step.no),
      };
    }),
  };
}

/** Paths (`identity.approvedBy.nip`, `steps.3.no` …) where two documents differ. */
export function differences(before: SopDocument, after: SopDocument): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
      if (Array.isArray(a) !== Array.isArray(b)) {
        out.push(path);
        return;
      }
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) {
        out.push(`${path}.length`);
        return;
      }
      for (const key of keys) {
        walk(
          (a as Record<string, unknown>)[key],
          (b as Record<string, unknown>)[key],
          path ? `${path}.${key}` : key,
        );
      }
      return;
    }
    if (a !== b) out.push(path);
  };
  walk(canonical(before), canonical(after), '');
  return out;
}
