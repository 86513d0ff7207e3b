// Checks the Mutu Baku chain: a step's output is normally the kelengkapan (input) of the step the
// flow goes to next. Compared word by word and tolerantly, and only a hint. Kelengkapan that lists
// only equipment ("ATK, Komputer", "Alat komunikasi") is not expected to chain and is skipped, and
// so is a Tidak exit that returns to an earlier step for rework.

import type { SopDocument, Step } from '../../model';
import type { Finding } from '../finding';
import { successors } from '../flow';
import { isBlank, significantWords, stepName, wordsMatch } from '../text';

export function checkChain(doc: SopDocument): Finding[] {
  const steps = doc.steps;
  const next = successors(steps);
  return steps.flatMap((step, index): Finding[] => {
    if (isBlank(step.output)) return [];
    const targets = (next[index] ?? [])
      .filter((target) => target > index)
      .map((target) => ({ target, step: steps[target] as Step }))
      .filter(
        ({ step: target }) =>
          !isBlank(target.requirements) && !isEquipmentOnly(target.requirements),
      );
    if (targets.length === 0) return [];
    const output = significantWords(step.output);
    const chained = targets.some(({ step: target }) => {
      const inputs = significantWords(target.requirements);
      return output.some((word) => inputs.some((input) => wordsMatch(word, input)));
    });
    if (chained) return [];
    const first = targets[0] as { target: number; step: Step };
    return [
      {
        id: 'output-not-chained',
        severity: 'hint',
        message: `Output ${stepName(index).toLowerCase()} ("${quote(step.output)}") tidak tampak pada kelengkapan ${stepName(first.target).toLowerCase()} ("${quote(first.step.requirements)}"). Pada SOP yang baik, output sebuah langkah menjadi kelengkapan langkah berikutnya; periksa apakah keduanya sudah benar.`,
        location: { kind: 'step', stepId: step.id, column: 'output' },
      },
    ];
  });
}

// Words that open an equipment item in a kelengkapan cell.
const EQUIPMENT =
  /^(alat|atk|komputer|laptop|seperangkat|printer|transportasi|kendaraan|ruang|ruangan|sarana|prasarana|telepon|internet|jaringan)\b/;

function isEquipmentOnly(requirements: string): boolean {
  const items = requirements
    .toLowerCase()
    .split(/[,;/\n]|\bdan\b/)
    .map((item) => item.replace(/^[\s\-\d.]+/, '').trim())
    .filter((item) => item !== '');
  return items.length > 0 && items.every((item) => EQUIPMENT.test(item));
}

/** A cell as a short one-line quotation. */
function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57).trimEnd()}…` : line;
}
