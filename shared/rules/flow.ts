// The flow of a flowchart derived from its rows: each step flows into the next row, a decision
// into its Ya and Tidak targets (null meaning the next row), and the last row ends the procedure.

import type { Step } from '../model';

export type ExitKind = 'next' | 'yes' | 'no';

/**
 * Where one exit of a step leads, by row index. `end`: the flow leaves the table (the last row, or
 * a decision exit that means "next row" on the last row); `invalid`: the exit names a step that
 * does not exist or the decision itself.
 */
export type ExitTarget = { kind: 'step'; index: number } | { kind: 'end' } | { kind: 'invalid' };

export type FlowExit = { kind: ExitKind; target: ExitTarget };

/** The exits of the step at `index`: one for a process or terminator, two for a decision. */
export function stepExits(
  steps: readonly Step[],
  index: number,
  ids = stepIndex(steps),
): FlowExit[] {
  const step = steps[index];
  if (!step) return [];
  const next: ExitTarget =
    index + 1 < steps.length ? { kind: 'step', index: index + 1 } : { kind: 'end' };
  if (step.symbol !== 'decision') return [{ kind: 'next', target: next }];
  const resolve = (id: string | null): ExitTarget => {
    if (id === null) return next;
    const target = ids.get(id);
    return target === undefined || target === index
      ? { kind: 'invalid' }
      : { kind: 'step', index: target };
  };
  return [
    { kind: 'yes', target: resolve(step.yes) },
    { kind: 'no', target: resolve(step.no) },
  ];
}

export function stepIndex(steps: readonly Step[]): Map<string, number> {
  return new Map(steps.map((step, index) => [step.id, index]));
}

/** Row indexes each step can flow to (valid targets only, without duplicates). */
export function successors(steps: readonly Step[]): number[][] {
  const ids = stepIndex(steps);
  return steps.map((_, index) => {
    const targets = stepExits(steps, index, ids).flatMap((exit) =>
      exit.target.kind === 'step' ? [exit.target.index] : [],
    );
    return [...new Set(targets)];
  });
}

/**
 * Whether the flow can leave the procedure from this step: it ends the table, or it has no usable
 * exit at all (a broken decision is reported on its own, not again as a path without an end).
 */
export function isFlowEnd(steps: readonly Step[], index: number, ids = stepIndex(steps)): boolean {
  const exits = stepExits(steps, index, ids);
  return (
    exits.some((e) => e.target.kind === 'end') || exits.every((e) => e.target.kind === 'invalid')
  );
}

/**
 * The main path: from the first step, follow the next row and, at a decision, its Ya exit; stop
 * at the end or when a step comes round again.
 */
export function mainPath(steps: readonly Step[]): { path: number[]; reachesEnd: boolean } {
  return followFrom(steps, 0, () => false);
}

/**
 * Follows the main rule (next row, Ya at a decision) from `start` until the flow ends, comes round
 * again, hits a broken exit, or reaches a step for which `stop` says so. `stoppedAt` is that step.
 */
export function followFrom(
  steps: readonly Step[],
  start: number,
  stop: (index: number) => boolean,
  ids = stepIndex(steps),
): { path: number[]; reachesEnd: boolean; stoppedAt?: number } {
  const path: number[] = [];
  const seen = new Set<number>();
  let current = start;
  while (current < steps.length) {
    if (stop(current)) return { path, reachesEnd: false, stoppedAt: current };
    if (seen.has(current)) return { path, reachesEnd: false };
    seen.add(current);
    path.push(current);
    const target = stepExits(steps, current, ids)[0]?.target;
    if (!target || target.kind === 'end') return { path, reachesEnd: true };
    if (target.kind === 'invalid') return { path, reachesEnd: false };
    current = target.index;
  }
  return { path, reachesEnd: true };
}
