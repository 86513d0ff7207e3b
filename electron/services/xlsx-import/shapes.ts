// What a drawn DrawingML shape means in an SOP flowchart (docs/format.md §4): its preset
// geometry decides the symbol; off-page pentagons and connector circles are flow connectors.

import type { StepSymbol } from '../../../shared/model';

export type ShapeRole =
  | { role: 'symbol'; symbol: StepSymbol; guessed: boolean }
  | { role: 'offpage' }
  | { role: 'line' }
  | { role: 'other' };

const TERMINATORS = new Set(['flowChartTerminator', 'ellipse', 'flowChartAlternateProcessRound']);
const PROCESSES = new Set(['rect', 'flowChartProcess', 'roundRect']);
const DECISIONS = new Set(['diamond', 'flowChartDecision']);
const OFFPAGE = new Set([
  'homePlate',
  'pentagon',
  'flowChartOffpageConnector',
  'flowChartConnector',
  'chevron',
]);
/** Other box-like flowchart shapes: read as a process box, reported as a guess. */
const PROCESS_LIKE = new Set([
  'flowChartAlternateProcess',
  'flowChartPredefinedProcess',
  'flowChartDocument',
  'flowChartMultidocument',
  'flowChartManualOperation',
  'flowChartPreparation',
  'flowChartInputOutput',
  'flowChartManualInput',
  'flowChartInternalStorage',
  'parallelogram',
  'snip1Rect',
  'snip2SameRect',
  'snipRoundRect',
  'round1Rect',
  'round2SameRect',
  'plaque',
  'foldedCorner',
  'bevel',
  'octagon',
  'hexagon',
]);
const LINES = new Set([
  'line',
  'straightConnector1',
  'bentConnector2',
  'bentConnector3',
  'bentConnector4',
  'bentConnector5',
  'curvedConnector2',
  'curvedConnector3',
  'curvedConnector4',
  'curvedConnector5',
  'downArrow',
  'upArrow',
  'leftArrow',
  'rightArrow',
]);

/**
 * The role of a preset geometry. `roundRect` is a process box, but with corners rounded to half
 * its height or more (adjust value ≥ 40 000) it is drawn as a capsule and read as a terminator.
 */
export function roleOfPreset(preset: string, cornerAdjust: number | null = null): ShapeRole {
  if (preset === 'roundRect' && cornerAdjust !== null && cornerAdjust >= 40_000) {
    return { role: 'symbol', symbol: 'terminator', guessed: true };
  }
  if (TERMINATORS.has(preset)) return { role: 'symbol', symbol: 'terminator', guessed: false };
  if (PROCESSES.has(preset)) return { role: 'symbol', symbol: 'process', guessed: false };
  if (DECISIONS.has(preset)) return { role: 'symbol', symbol: 'decision', guessed: false };
  if (OFFPAGE.has(preset)) return { role: 'offpage' };
  if (PROCESS_LIKE.has(preset)) return { role: 'symbol', symbol: 'process', guessed: true };
  if (LINES.has(preset)) return { role: 'line' };
  return { role: 'other' };
}

/** Indonesian name of a symbol for the import report. */
export const SYMBOL_WORDS: Record<StepSymbol, string> = {
  terminator: 'kapsul',
  process: 'kotak',
  decision: 'belah ketupat',
};
