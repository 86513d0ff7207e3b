// The arrows of a flowchart as edges between step indexes, derived from the step order and the
// decisions' exits (docs/format.md §5: `yes`/`no` null means the next step).

import { DEFAULT_EXIT_LABELS, type SopDocument } from '../model';

export type FlowEdge = {
  id: number;
  from: number;
  to: number;
  /** 'bottom' runs to the next row's top; 'side' leaves at a side and runs in a corridor. */
  port: 'bottom' | 'side';
  /** Exit label of a decision (Ya/Tidak or the document's pair), null for plain flow. */
  label: string | null;
};

/** A step has a symbol only when someone performs it. */
export function isDrawn(doc: SopDocument, index: number): boolean {
  const step = doc.steps[index];
  return step !== undefined && step.executors.length > 0;
}

export function flowEdges(doc: SopDocument): FlowEdge[] {
  const edges: FlowEdge[] = [];
  const indexOf = new Map(doc.steps.map((step, index) => [step.id, index]));
  const add = (from: number, to: number, label: string | null): void => {
    if (to === from || !isDrawn(doc, to)) return;
    if (edges.some((e) => e.from === from && e.to === to)) return;
    const port =
      to === from + 1 && !edges.some((e) => e.from === from && e.port === 'bottom')
        ? 'bottom'
        : 'side';
    edges.push({ id: edges.length, from, to, port, label });
  };
  doc.steps.forEach((step, index) => {
    if (!isDrawn(doc, index)) return;
    if (step.symbol !== 'decision') {
      add(index, index + 1, null);
      return;
    }
    const labels = step.labels ?? DEFAULT_EXIT_LABELS;
    const exits: [string | null, string][] = [
      [step.yes, labels[0]],
      [step.no, labels[1]],
    ];
    // The exit to the next row takes the bottom port, so add it first.
    const target = (id: string | null): number =>
      id === null ? index + 1 : (indexOf.get(id) ?? -1);
    exits.sort((a, b) => Number(target(b[0]) === index + 1) - Number(target(a[0]) === index + 1));
    for (const [id, label] of exits) {
      const to = target(id);
      if (to >= 0 && to < doc.steps.length) add(index, to, label);
    }
  });
  return edges;
}
