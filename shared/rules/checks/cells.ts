// Checks on the cells every step must fill: at least one executor, a time that can be read, and an
// output. Explicit Mulai/Selesai rows stand for no activity and need no time or output.

import type { SopDocument, Step } from '../../model';
import type { Finding } from '../finding';
import { isBlank, isMarkerRow, stepName } from '../text';
import { parseTime, type TimeSettings } from '../time';

export function checkCells(doc: SopDocument, settings: TimeSettings): Finding[] {
  const executorIds = new Set(doc.executors.map((e) => e.id));
  return doc.steps.flatMap((step, index) => {
    const findings: Finding[] = [];
    const at = (column: 'executors' | 'time' | 'output') =>
      ({ kind: 'step', stepId: step.id, column }) as const;
    if (!step.executors.some((id) => executorIds.has(id))) {
      findings.push({
        id: 'step-without-executor',
        severity: 'error',
        message: `${stepName(index)} belum memiliki pelaksana. Tandai kolom pelaksana yang mengerjakan kegiatan ini.`,
        location: at('executors'),
      });
    }
    if (isMarkerRow(step)) return findings;
    const time = timeFinding(step, index, settings);
    if (time) findings.push({ ...time, location: at('time') });
    if (isBlank(step.output)) {
      findings.push({
        id: 'step-without-output',
        severity: 'warning',
        message: `Output ${stepName(index).toLowerCase()} belum diisi. Tulis hasil kegiatan ini di kolom Output; biasanya output ini menjadi kelengkapan langkah berikutnya.`,
        location: at('output'),
      });
    }
    return findings;
  });
}

function timeFinding(
  step: Step,
  index: number,
  settings: TimeSettings,
): Omit<Finding, 'location'> | null {
  const parsed = parseTime(step.time, { settings });
  if (parsed.ok) return null;
  const name = stepName(index).toLowerCase();
  switch (parsed.reason) {
    case 'empty':
      return {
        id: 'step-without-time',
        severity: 'warning',
        message: `Waktu ${name} belum diisi. Tulis perkiraan lama kegiatan ini di kolom Waktu, misalnya "30 menit" atau "1 hari".`,
      };
    case 'adjustable':
      return {
        id: 'time-unreadable',
        severity: 'hint',
        message: `Waktu ${name} ("${step.time.trim()}") tidak tetap, sehingga tidak ikut dihitung dalam total waktu. Bila memungkinkan, tulis perkiraan lamanya, misalnya "1-3 hari".`,
      };
    case 'unrecognised':
      return {
        id: 'time-unreadable',
        severity: 'warning',
        message: `Waktu ${name} ("${step.time.trim()}") tidak dapat dibaca sebagai lama waktu, sehingga tidak ikut dihitung dalam total waktu. Tulis angka dan satuannya, misalnya "30 menit", "2 jam" atau "1-3 hari".`,
      };
  }
}
