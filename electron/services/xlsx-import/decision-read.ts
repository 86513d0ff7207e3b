// The two exits of each decision: where its arrows lead (found by the flow reader), which exit is
// Ya and which is Tidak from the nearest text boxes, and custom exit labels (`Lengkap`/`Tidak
// lengkap`). Guesses are reported.

import type { SheetGrid } from '../ooxml/grid';
import { cellAddress } from '../ooxml/sheet-read';
import { centre, distanceToBox, type DrawnShape } from './drawing-read';
import type { StepFlow } from './flow-read';
import type { TableHeader } from './header-read';
import { exitSideOfLabel, normalizeLabel, type ExitSide } from '../../../shared/model';
import type { ReportCollector } from './report';
import type { StepRows } from './table-read';

/** An arrow path from a step to another step, through off-page pairs. */
export type Exit = { target: number; connectors: DrawnShape[] };

/** How far (EMU, about 2 cm) an exit label may be from where its exit starts. */
const LABEL_REACH = 720_000;

/** Each text box goes to the decision exit whose start is nearest, within reach. */
export function assignLabels(
  flows: StepFlow[],
  exits: Exit[][],
  textBoxes: DrawnShape[],
): Map<Exit, DrawnShape[]> {
  const assigned = new Map<Exit, DrawnShape[]>();
  for (const box of textBoxes) {
    let best: Exit | undefined;
    let bestDistance = LABEL_REACH;
    flows.forEach((flow, index) => {
      if (flow.symbol !== 'decision') return;
      for (const exit of exits[index] ?? []) {
        for (const connector of exit.connectors) {
          // Labels sit where an exit leaves its shape: measure to the connector's start, not to
          // its whole box, which a long back arrow of another decision may stretch over a label.
          const start = connector.startPoint ?? centre(connector.box);
          const d = distanceToBox(start, box.box);
          if (d < bestDistance) [best, bestDistance] = [exit, d];
        }
      }
    });
    if (best) assigned.set(best, [...(assigned.get(best) ?? []), box]);
  }
  return assigned;
}

/** An exit with the text of its nearest label and the side (Ya/Tidak) that text names. */
type LabelledExit = { exit: Exit; text: string; side: ExitSide | null };

export function resolveDecision(
  flow: StepFlow,
  index: number,
  exits: Exit[],
  labels: Map<Exit, DrawnShape[]>,
  grid: SheetGrid,
  header: TableHeader,
  step: StepRows,
  report: ReportCollector,
): void {
  const where = cellAddress(step.top, header.activity);
  const name = `Keputusan pada langkah ${index + 1}`;
  if (exits.length === 0) {
    report.warn(
      'loss',
      grid.name,
      where,
      `${name} tidak memiliki panah keluar yang tersambung; kedua cabang dianggap ke langkah berikutnya.`,
    );
    return;
  }
  const { yes, no, guessed } = chooseExits(exits, labels, index);
  if (guessed) {
    report.warn(
      'note',
      grid.name,
      where,
      `${name}: label Ya/Tidak tidak ditemukan di dekat panah; cabang ke langkah berikutnya dianggap Ya.`,
    );
  }
  if (exits.length > 2) {
    report.warn(
      'loss',
      grid.name,
      where,
      `${name} memiliki ${exits.length} panah keluar; hanya dua yang dipakai.`,
    );
  }
  if (!no)
    report.warn(
      'loss',
      grid.name,
      where,
      `${name}: cabang Tidak tidak tergambar; dianggap ke langkah berikutnya.`,
    );
  flow.yes = yes?.exit.target ?? null;
  flow.no = no?.exit.target ?? null;
  flow.labels = customLabels(yes?.text ?? '', no?.text ?? '');
  const target = (exit: number | null): string =>
    exit === null ? 'langkah berikutnya' : `langkah ${exit + 1}`;
  const [yesLabel, noLabel] = flow.labels ?? ['Ya', 'Tidak'];
  report.note(
    `Keputusan langkah ${index + 1}: ${yesLabel} → ${target(flow.yes)}, ${noLabel} → ${target(flow.no)}.`,
  );
}

/** Exit labels other than Ya/Tidak (`Lengkap`/`Tidak lengkap`) are kept; null means Ya/Tidak. */
function customLabels(yesText: string, noText: string): [string, string] | null {
  const custom =
    (yesText && normalizeLabel(yesText) !== 'ya') || (noText && normalizeLabel(noText) !== 'tidak');
  return custom ? [yesText || 'Ya', noText || 'Tidak'] : null;
}

/**
 * Which exit is Ya and which Tidak, by their labels; an exit without a label takes the side left
 * over. With no label at all (`guessed`), the exit to the next step is Ya.
 */
function chooseExits(
  exits: Exit[],
  labels: Map<Exit, DrawnShape[]>,
  index: number,
): { yes: LabelledExit | undefined; no: LabelledExit | undefined; guessed: boolean } {
  const labelled = exits.map((exit): LabelledExit => {
    const text = (labels.get(exit) ?? [])[0]?.text ?? '';
    return { exit, text, side: text ? exitSideOfLabel(text) : null };
  });
  let yes = labelled.find((e) => e.side === 'yes');
  let no = labelled.find((e) => e.side === 'no' && e !== yes);
  if (yes && no) return { yes, no, guessed: false };
  const rest = labelled.filter((e) => e !== yes && e !== no);
  if (!yes && !no && rest.length > 0) {
    yes = rest.find((e) => e.exit.target === index + 1) ?? rest[0];
    no = rest.find((e) => e !== yes);
    return { yes, no, guessed: true };
  }
  if (!yes) yes = rest[0];
  else if (!no) no = rest[0];
  return { yes, no, guessed: false };
}
