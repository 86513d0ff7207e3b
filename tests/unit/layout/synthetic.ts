// Synthetic SOP documents for stress tests and benchmarks: any number of steps and executors, with
// decisions sending a "Tidak" exit back a few steps, joint activities and optional very long texts.

import { emptySop, emptyStep, type SopDocument, type Step } from '../../../shared/model';

export type SyntheticOptions = {
  steps: number;
  executors: number;
  /** Every n-th step is a decision whose "no" exit returns `backDistance` steps (0: none). */
  decisionEvery?: number;
  backDistance?: number;
  /** Every n-th step is a joint activity of two or three executors (0: none). */
  jointEvery?: number;
  /** Multiply the activity text this many times. */
  textRepeat?: number;
  /** Every n-th decision skips forward instead of back. */
  forwardEvery?: number;
};

const EXECUTOR_NAMES = [
  'Pelaksana/Staf',
  'Kepala Sub Bagian Umum dan Kepegawaian',
  'Kepala Seksi',
  'Kepala Bidang',
  'Sekretaris',
  'Kepala Dinas',
  'Bupati',
  'Inspektorat',
  'BKPSDM',
  'Camat',
];

export function syntheticSop(options: SyntheticOptions): SopDocument {
  const doc = emptySop({
    government: 'PEMERINTAH KABUPATEN CONTOH',
    agency: 'DINAS CONTOH',
    unit: 'BIDANG UJI',
  });
  doc.identity.name = `SOP Uji ${options.steps} Langkah ${options.executors} Pelaksana`;
  doc.identity.number = '800/001/DC/2024';
  doc.executors = Array.from({ length: options.executors }, (_, i) => ({
    id: `e${i + 1}`,
    name: EXECUTOR_NAMES[i % EXECUTOR_NAMES.length] ?? `Pelaksana ${i + 1}`,
  }));
  const decisionEvery = options.decisionEvery ?? 5;
  const back = options.backDistance ?? 2;
  const jointEvery = options.jointEvery ?? 0;
  const repeat = options.textRepeat ?? 1;
  let decisions = 0;
  doc.steps = Array.from({ length: options.steps }, (_, i): Step => {
    const last = i === options.steps - 1;
    const isDecision = !last && i > 0 && decisionEvery > 0 && i % decisionEvery === 0;
    const symbol = i === 0 || last ? 'terminator' : isDecision ? 'decision' : 'process';
    const step = emptyStep(`s${i + 1}`, symbol);
    const executor = (i * 7 + Math.floor(i / 3)) % options.executors;
    step.executors = [`e${executor + 1}`];
    if (jointEvery > 0 && i % jointEvery === jointEvery - 1 && options.executors > 1) {
      const other = (executor + 2) % options.executors;
      if (other !== executor) step.executors.push(`e${other + 1}`);
    }
    step.activity =
      `Langkah ${i + 1}: memeriksa berkas usulan dan meneruskan hasil pemeriksaan kepada atasan. `
        .repeat(repeat)
        .trim();
    step.requirements = 'Berkas usulan';
    step.time = `${(i % 4) + 1}0 menit`;
    step.output = 'Berkas yang diperiksa';
    if (isDecision) {
      decisions += 1;
      const forward = options.forwardEvery && decisions % options.forwardEvery === 0;
      const target = forward ? Math.min(options.steps - 1, i + 3) : Math.max(0, i - back);
      step.no = `s${target + 1}`;
    }
    return step;
  });
  return doc;
}
