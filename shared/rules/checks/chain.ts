// Checks the Mutu Baku chain: a step's output is normally the kelengkapan (input) of the step the
// flow goes to next. Compared word by word and tolerantly, and only a hint. Kelengkapan that lists
// only equipment ("ATK, Komputer", "Alat komunikasi") is not expected to chain and is skipped, and
// so is a Tidak exit that returns to an earlier step for rework.

import type { SopDocument, Step } from '../../model';
import type { Finding } from '../finding';
import { successors } from '../flow';
import { isBlank, significantWords, stepName, wordsMatch } from '../text';

/** A step whose output the kelengkapan of the step the flow goes to next does not take up. */
export type ChainBreak = { index: number; target: number };

/**
 * One hint for the whole SOP listing every break, pointing at the first: a chain that does not
 * hold is usually a habit of the writer, and a hint per step buried the other findings.
 */
export function checkChain(doc: SopDocument): Finding[] {
  const breaks = chainBreaks(doc);
  const first = breaks[0];
  if (!first) return [];
  const advice =
    'Pada SOP yang baik, output sebuah langkah menjadi kelengkapan langkah berikutnya; periksa apakah keduanya sudah benar.';
  const step = doc.steps[first.index] as Step;
  const message =
    breaks.length === 1
      ? `Output ${stepName(first.index).toLowerCase()} ("${quote(step.output)}") tidak tampak pada kelengkapan ${stepName(first.target).toLowerCase()} ("${quote((doc.steps[first.target] as Step).requirements)}"). ${advice}`
      : `Output ${breaks.length} langkah tidak tampak pada kelengkapan langkah sesudahnya: ${breaks.map(({ index, target }) => `langkah ${index + 1} → ${target + 1}`).join(', ')}. ${advice}`;
  return [
    {
      id: 'output-not-chained',
      severity: 'hint',
      message,
      location: { kind: 'step', stepId: step.id, column: 'output' },
    },
  ];
}

/** Every break of the chain in step order, with the first forward step compared. */
export function chainBreaks(doc: SopDocument): ChainBreak[] {
  const steps = doc.steps;
  const next = successors(steps);
  return steps.flatMap((step, index): ChainBreak[] => {
    if (isBlank(step.output)) return [];
    const targets = (next[index] ?? [])
      .filter((target) => target > index)
      .filter((target) => {
        const requirements = (steps[target] as Step).requirements;
        return !isBlank(requirements) && !isEquipmentOnly(requirements);
      });
    const first = targets[0];
    if (first === undefined) return [];
    const output = significantWords(step.output);
    const chained = targets.some((target) => {
      const inputs = significantWords((steps[target] as Step).requirements);
      return output.some((word) => inputs.some((input) => wordsMatch(word, input)));
    });
    return chained ? [] : [{ index, target: first }];
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
