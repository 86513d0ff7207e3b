// The flow written as text in executor lanes, as web SOP builders do instead of drawing arrows:
// an arrow between two steps (`⬇`, `↓`), a decision's exit with its label and an arrow
// (`(YA) ⬇`), and a jump to a printed step number (`(TIDAK) ➡ Ke #3`). A cell is flow text only
// when all of it reads so; `Ya` alone stays an executor mark.

import { exitSideOfLabel, type ExitSide } from '../../../shared/model';

export type FlowText = {
  /** The exit label as written (`YA`, `Tidak lengkap`); '' for a bare arrow. */
  label: string;
  /** Which exit the label names; null for a bare arrow or a label naming neither. */
  side: ExitSide | null;
  /** The printed step number after `Ke`, or null (the flow goes on down). */
  target: number | null;
  /** The arrow points down (`⬇`, `↓`): the flow enters what is below. */
  down: boolean;
};

const ARROWS = '⬇↓➡→⬅←⬆↑⇩⇨⇦⇧▼►◄▲';
const DOWN = /[⬇↓⇩▼]/;

/**
 * One exit phrase: an optional label (in brackets, or a bare Ya/Tidak word), then arrows and/or
 * `Ke #n` (`Ke 3`, `ke langkah 3`, `Ke No. 3`).
 */
const PHRASE = new RegExp(
  String.raw`\s*(?:\(\s*([^()]{1,40}?)\s*\)|\b(ya|y|tidak|tdk|t)\b)?\s*([${ARROWS}]*)\s*(?:\bke\s*(?:langkah\s*|no\.?\s*)?#?\s*(\d{1,4})\b)?\s*[.,;]?`,
  'iuy',
);

/** The exits a cell's text writes, one per phrase; null when the text is not flow text. */
export function parseFlowText(text: string): FlowText[] | null {
  const source = text.trim();
  if (source === '') return null;
  const phrases: FlowText[] = [];
  PHRASE.lastIndex = 0;
  while (PHRASE.lastIndex < source.length) {
    const start = PHRASE.lastIndex;
    const match = PHRASE.exec(source);
    if (!match || PHRASE.lastIndex === start) return null;
    const [, bracketed, word, arrows = '', number] = match;
    if (arrows === '' && number === undefined) return null;
    const label = (bracketed ?? word ?? '').trim();
    phrases.push({
      label,
      side: label ? exitSideOfLabel(label) : null,
      target: number === undefined ? null : Number(number),
      down: DOWN.test(arrows) && number === undefined,
    });
  }
  return phrases.length > 0 ? phrases : null;
}

export function isFlowText(text: string): boolean {
  return parseFlowText(text) !== null;
}
