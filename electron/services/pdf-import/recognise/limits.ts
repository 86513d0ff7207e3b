// Keeps an imported document within the document limits (docs/format.md §7.1): a PDF may hold
// more than an SOP may, and what is cut is reported.

import { formatCount, MAX_EXECUTORS, MAX_STEPS, MAX_TEXT_LENGTH } from '../../../../shared/limits';
import { STEP_TEXT_FIELDS, type SopDocument } from '../../../../shared/model';
import type { PageReport } from './report';

export function keepWithinLimits(doc: SopDocument, page: number, report: PageReport): void {
  if (doc.steps.length > MAX_STEPS) {
    report.warn(
      page,
      null,
      `Tabel berisi ${formatCount(doc.steps.length)} langkah; hanya ${formatCount(MAX_STEPS)} langkah pertama diimpor.`,
    );
    doc.steps = doc.steps.slice(0, MAX_STEPS);
    const kept = new Set(doc.steps.map((s) => s.id));
    for (const step of doc.steps) {
      if (step.yes !== null && !kept.has(step.yes)) step.yes = null;
      if (step.no !== null && !kept.has(step.no)) step.no = null;
    }
  }
  if (doc.executors.length > MAX_EXECUTORS) {
    report.warn(
      page,
      null,
      `Tabel berisi ${formatCount(doc.executors.length)} pelaksana; hanya ${formatCount(MAX_EXECUTORS)} pelaksana pertama diimpor.`,
    );
    doc.executors = doc.executors.slice(0, MAX_EXECUTORS);
    const kept = new Set(doc.executors.map((e) => e.id));
    for (const step of doc.steps) step.executors = step.executors.filter((id) => kept.has(id));
  }
  for (const [index, step] of doc.steps.entries()) {
    for (const field of STEP_TEXT_FIELDS) {
      if (step[field].length <= MAX_TEXT_LENGTH) continue;
      step[field] = step[field].slice(0, MAX_TEXT_LENGTH);
      report.warn(
        page,
        null,
        `Langkah ${index + 1}: teks lebih dari ${formatCount(MAX_TEXT_LENGTH)} karakter dipotong.`,
      );
    }
  }
}
