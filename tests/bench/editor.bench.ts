// Editor actions on a long SOP (pure functions, Node): pasting 100 rows, moving a step in 300,
// typing in a cell through the store with undo coalescing, and undo of a structural edit.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSopJson } from '../../shared/model';
import type { SopDocument, Step } from '../../shared/model';
import { pasteSteps } from '../../renderer/src/state/actions/paste';
import { planPaste } from '../../renderer/src/state/paste/map';
import { moveStep } from '../../renderer/src/state/actions/steps';
import { parseTsv, toTsv } from '../../renderer/src/state/clipboard';
import { createEditorStore } from '../../renderer/src/state/store';
import type { Bench } from './harness';

const sample = parseSopJson(
  readFileSync(path.join('tests/fixtures/sops/01-pembinaan-kelana-katingan.sop.json'), 'utf8'),
);

/** The example SOP's steps repeated to `count` steps, with fresh ids. */
function longSop(count: number): SopDocument {
  const steps: Step[] = [];
  for (let i = 0; i < count; i += 1) {
    const base = sample.steps[i % sample.steps.length] as Step;
    steps.push({ ...base, id: `s${i + 1}`, yes: null, no: null });
  }
  return { ...sample, steps };
}

const doc300 = longSop(300);
const tsv100 = toTsv(
  Array.from({ length: 100 }, (_, i) => [
    String(i + 1),
    `Kegiatan nomor ${i + 1}\na. rincian`,
    'Berkas',
    '15 menit',
    'Hasil',
    '',
  ]),
);

export const benches: Bench[] = [
  {
    name: 'editor: parse + paste 100 TSV rows into a 300-step SOP',
    run: () => {
      const plan = planPaste(doc300, parseTsv(tsv100), { index: 150, column: 'activity' });
      if (plan?.kind === 'steps') pasteSteps(doc300, plan.at, plan.steps);
    },
  },
  {
    name: 'editor: move a step from first to last in 300 steps',
    run: () => moveStep(doc300, 0, 299),
  },
  {
    name: 'editor: 50 keystrokes in one cell through the store (300 steps)',
    run: () => {
      const store = createEditorStore();
      store.getState().load(doc300);
      let text = '';
      for (let i = 0; i < 50; i += 1) {
        text += 'a';
        store.getState().apply('setStepField', 's150', 'activity', text);
      }
    },
  },
  {
    name: 'editor: insert, delete and undo both in a 300-step SOP',
    run: () => {
      const store = createEditorStore();
      store.getState().load(doc300);
      store.getState().apply('insertStep', 100, 'below');
      store.getState().apply('deleteSteps', ['s10', 's20', 's30']);
      store.getState().undo();
      store.getState().undo();
    },
  },
];
