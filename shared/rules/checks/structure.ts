// Checks on the symbols and exits of the flowchart: capsules at both ends and nowhere else, only
// the three stored symbols, decisions with two valid and different exits, no exits elsewhere.

import type { SopDocument, Step } from '../../model';
import { DEFAULT_EXIT_LABELS } from '../../model';
import type { Finding } from '../finding';
import { stepExits, stepIndex, type FlowExit } from '../flow';
import { stepName } from '../text';

const STORED_SYMBOLS = new Set<string>(['terminator', 'process', 'decision']);

export function checkStructure(doc: SopDocument): Finding[] {
  const steps = doc.steps;
  if (steps.length === 0) {
    return [
      {
        id: 'no-steps',
        severity: 'error',
        message:
          'SOP belum memiliki langkah. Tambahkan langkah pada diagram alir, diawali dan diakhiri simbol kapsul.',
        location: { kind: 'document' },
      },
    ];
  }
  const ids = stepIndex(steps);
  return steps.flatMap((step, index) => {
    const symbol = checkSymbol(step, index, steps.length);
    if (!STORED_SYMBOLS.has(step.symbol)) return symbol;
    const exits =
      step.symbol === 'decision'
        ? checkDecision(step, index, stepExits(steps, index, ids))
        : checkNoExits(step, index);
    return [...symbol, ...exits];
  });
}

function checkSymbol(step: Step, index: number, count: number): Finding[] {
  const where = { kind: 'step', stepId: step.id, column: 'symbol' } as const;
  if (!STORED_SYMBOLS.has(step.symbol)) {
    return [
      {
        id: 'unknown-symbol',
        severity: 'error',
        message: `${stepName(index)} memakai simbol "${String(step.symbol)}" yang tidak dikenal. Pilih kapsul (mulai/selesai), kotak (proses) atau belah ketupat (keputusan).`,
        location: where,
      },
    ];
  }
  const findings: Finding[] = [];
  const isTerminator = step.symbol === 'terminator';
  if (index === 0 && !isTerminator) {
    findings.push({
      id: 'first-not-terminator',
      severity: 'error',
      message: `${stepName(index)} adalah awal prosedur dan harus bersimbol kapsul. Ubah simbolnya menjadi kapsul, atau tambahkan langkah "Mulai" berbentuk kapsul di atasnya.`,
      location: where,
    });
  }
  if (index === count - 1 && !isTerminator) {
    findings.push({
      id: 'last-not-terminator',
      severity: 'error',
      message: `${stepName(index)} adalah langkah terakhir dan harus bersimbol kapsul sebagai akhir prosedur. Ubah simbolnya menjadi kapsul, atau tambahkan langkah "Selesai" berbentuk kapsul di bawahnya.`,
      location: where,
    });
  }
  if (isTerminator && index > 0 && index < count - 1) {
    findings.push({
      id: 'terminator-in-middle',
      severity: 'warning',
      message: `${stepName(index)} bersimbol kapsul padahal bukan langkah pertama atau terakhir; kapsul hanya menandai awal dan akhir prosedur. Ubah simbolnya menjadi kotak (proses).`,
      location: where,
    });
  }
  return findings;
}

function checkDecision(step: Step, index: number, exits: FlowExit[]): Finding[] {
  const labels = step.labels ?? DEFAULT_EXIT_LABELS;
  const findings: Finding[] = [];
  exits.forEach((exit, i) => {
    const column = exit.kind === 'yes' ? 'yes' : 'no';
    const label = labels[i] ?? '';
    const location = { kind: 'step', stepId: step.id, column } as const;
    if (exit.target.kind === 'end') {
      findings.push({
        id: 'decision-exit-missing',
        severity: 'error',
        message: `Arah "${label}" pada ${stepName(index).toLowerCase()} tidak menuju langkah mana pun karena keputusan ini adalah langkah terakhir. Pilih langkah tujuan untuk arah "${label}", atau tambahkan langkah sesudahnya.`,
        location,
      });
    } else if (exit.target.kind === 'invalid') {
      const self = step[column] === step.id;
      findings.push({
        id: 'decision-exit-invalid',
        severity: 'error',
        message: self
          ? `Arah "${label}" pada ${stepName(index).toLowerCase()} kembali ke langkah itu sendiri. Pilih langkah tujuan lain.`
          : `Arah "${label}" pada ${stepName(index).toLowerCase()} menuju langkah yang tidak ada (mungkin sudah dihapus). Pilih langkah tujuan yang ada.`,
        location,
      });
    }
  });
  const [yes, no] = exits.map((exit) => exit.target);
  if (yes?.kind === 'step' && no?.kind === 'step' && yes.index === no.index) {
    findings.push({
      id: 'decision-exits-same',
      severity: 'error',
      message: `Arah "${labels[0]}" dan "${labels[1]}" pada ${stepName(index).toLowerCase()} sama-sama menuju ${stepName(yes.index).toLowerCase()}, sehingga tidak ada yang diputuskan. Arahkan "${labels[1]}" ke langkah lain (misalnya langkah yang harus diulang), atau ubah simbolnya menjadi kotak (proses).`,
      location: { kind: 'step', stepId: step.id, column: 'no' },
    });
  }
  return findings;
}

function checkNoExits(step: Step, index: number): Finding[] {
  const shape = step.symbol === 'terminator' ? 'kapsul' : 'kotak (proses)';
  return (['yes', 'no'] as const).flatMap((column): Finding[] => {
    if (step[column] === null) return [];
    const label = DEFAULT_EXIT_LABELS[column === 'yes' ? 0 : 1];
    return [
      {
        id: 'exit-on-non-decision',
        severity: 'error',
        message: `${stepName(index)} bersimbol ${shape} tetapi memiliki arah "${label}"; hanya keputusan yang bercabang, dan alur langkah ini tetap menuju langkah berikutnya. Hapus arah "${label}", atau ubah simbolnya menjadi belah ketupat (keputusan).`,
        location: { kind: 'step', stepId: step.id, column },
      },
    ];
  });
}
