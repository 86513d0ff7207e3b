// What a PDF round trip keeps of a document, ids replaced by names and step numbers, so an
// imported document compares with its source. Identity joins once its reader lands.

import type { SopDocument } from '../../../shared/model';

/** What the round trip keeps, with ids replaced by names and positions. */
export function comparable(doc: SopDocument, text: (value: string) => string = (value) => value) {
  const names = new Map(doc.executors.map((e) => [e.id, e.name]));
  const index = new Map(doc.steps.map((s, i) => [s.id, i + 1]));
  const exit = (target: string | null, position: number) =>
    target === null ? position + 1 : (index.get(target) ?? null);
  return {
    paper: doc.print.paper,
    executors: doc.executors.map((e) => text(e.name)),
    steps: doc.steps.map((step, i) => ({
      activity: text(step.activity),
      executors: step.executors.map((id) => text(names.get(id) ?? '')),
      symbol: step.symbol,
      yes: step.symbol === 'decision' ? exit(step.yes, i + 1) : null,
      no: step.symbol === 'decision' ? exit(step.no, i + 1) : null,
      labels: step.labels,
      requirements: text(step.requirements),
      time: text(step.time),
      output: text(step.output),
      notes: text(step.notes),
    })),
  };
}
