// The largest document the limits accept, in the shape that costs most to print (docs/format.md
// §7.1): the full lane grid of steps × executors, joint steps and decisions, and the document's
// whole text budget spread over the four texts of every step.

import { MAX_DOCUMENT_TEXT, MAX_EXECUTORS, MAX_LANE_CELLS } from '../../../shared/limits';
import { documentTextLength } from '../../../shared/model/document-limits';
import type { SopDocument } from '../../../shared/model';
import { syntheticSop } from '../../unit/layout/synthetic';

const WORDS = 'memeriksa berkas usulan dan meneruskan hasil pemeriksaan kepada atasan langsung ';

function fill(length: number): string {
  return WORDS.repeat(Math.ceil(length / WORDS.length)).slice(0, length);
}

export function largestSop(): SopDocument {
  const executors = MAX_EXECUTORS;
  const steps = Math.floor(MAX_LANE_CELLS / executors);
  const doc = syntheticSop({ steps, executors, jointEvery: 4, decisionEvery: 5, backDistance: 3 });
  for (const step of doc.steps)
    Object.assign(step, { activity: '', requirements: '', output: '', notes: '' });
  const perField = Math.floor((MAX_DOCUMENT_TEXT - documentTextLength(doc)) / (steps * 4));
  for (const step of doc.steps) {
    Object.assign(step, {
      activity: fill(perField),
      requirements: fill(perField),
      output: fill(perField),
      notes: fill(perField),
    });
  }
  return doc;
}
