// Graph checks over the derived flow (next rows plus decision exits): every step can be reached
// from the first one, and from every reachable step the flow can still reach the end.

import type { SopDocument } from '../../model';
import type { Finding } from '../finding';
import { isFlowEnd, stepIndex, successors } from '../flow';
import { stepName } from '../text';

export function checkPaths(doc: SopDocument): Finding[] {
  const steps = doc.steps;
  if (steps.length === 0) return [];
  const forward = successors(steps);
  const reachable = closure([0], forward);

  const backward: number[][] = steps.map(() => []);
  forward.forEach((targets, from) => targets.forEach((to) => backward[to]?.push(from)));
  const ids = stepIndex(steps);
  const ends = steps.flatMap((_, index) => (isFlowEnd(steps, index, ids) ? [index] : []));
  const canEnd = closure(ends, backward);

  const findings: Finding[] = [];
  steps.forEach((step, index) => {
    if (reachable.has(index)) return;
    findings.push({
      id: 'step-unreachable',
      severity: 'error',
      message: `${stepName(index)} tidak pernah dicapai oleh alur yang dimulai dari langkah 1: tidak ada langkah atau arah keputusan yang menuju ke sini. Hubungkan langkah ini lewat arah Ya/Tidak sebuah keputusan, atau hapus bila tidak diperlukan.`,
      location: { kind: 'step', stepId: step.id, column: 'activity' },
    });
  });

  const trapped = steps.flatMap((_, index) =>
    reachable.has(index) && !canEnd.has(index) ? [index] : [],
  );
  const first = trapped[0] === undefined ? undefined : steps[trapped[0]];
  if (first) {
    const names = trapped.map((index) => String(index + 1));
    const list =
      names.length > 1 ? `${names.slice(0, -1).join(', ')} dan ${names.at(-1)}` : names[0];
    findings.push({
      id: 'no-way-to-end',
      severity: 'error',
      message: `Alur yang melewati langkah ${list} berputar terus tanpa pernah sampai ke akhir prosedur. Arahkan salah satu keputusan di putaran ini ke langkah yang menuju akhir.`,
      location: { kind: 'step', stepId: first.id, column: 'symbol' },
    });
  }
  return findings;
}

/** Every index reachable from `starts` along `edges`. */
function closure(starts: readonly number[], edges: readonly number[][]): Set<number> {
  const seen = new Set(starts);
  const queue = [...starts];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const target of edges[next] ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}
