// What a PDF round trip keeps of a document, ids replaced by names and step numbers, so an
// imported document compares with its source: the identity, the paper, the executors and the
// steps with their symbols, exits, labels and texts.

import type { SopDocument } from '../../../shared/model';

/** The whole document as it compares, ids replaced by names and positions. */
export function comparable(doc: SopDocument) {
  const names = new Map(doc.executors.map((e) => [e.id, e.name]));
  const index = new Map(doc.steps.map((s, i) => [s.id, i + 1]));
  const exit = (target: string | null, position: number) =>
    target === null ? position + 1 : (index.get(target) ?? null);
  return {
    identity: doc.identity,
    paper: doc.print.paper,
    executors: doc.executors.map((e) => e.name),
    steps: doc.steps.map((step, i) => ({
      activity: step.activity,
      executors: step.executors.map((id) => names.get(id) ?? ''),
      symbol: step.symbol,
      yes: step.symbol === 'decision' ? exit(step.yes, i + 1) : null,
      no: step.symbol === 'decision' ? exit(step.no, i + 1) : null,
      labels: step.labels,
      requirements: step.requirements,
      time: step.time,
      output: step.output,
      notes: step.notes,
    })),
  };
}
