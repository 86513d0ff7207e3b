// Where the arrows of the flowchart go over the grid: from the rows' tops and heights and the
// executor columns' lefts and widths (as the grid rendered them) to SVG paths and exit labels.

import type { Step } from '../../../../shared/model';
import { stepExits, stepIndex } from '../../../../shared/rules/flow';
import { SYMBOL_HEIGHT, SYMBOL_WIDTH } from './SymbolShape';

export type RowBox = { top: number; height: number };
export type ColumnBox = { left: number; width: number };

export type FlowEdge = {
  key: string;
  d: string;
  label: { x: number; y: number; text: string } | null;
  /** Back or skipping edges run along the side lanes. */
  side: boolean;
};

export type FlowGeometry = { edges: FlowEdge[]; joints: string[] };

type Box = { cx: number; cy: number; halfW: number; halfH: number };

/** Space between side lanes, and from the right edge of the last executor column. */
const LANE_GAP = 5;

function symbolBox(row: RowBox, column: ColumnBox): Box {
  const halfW = Math.min(SYMBOL_WIDTH, column.width - 8) / 2;
  return {
    cx: column.left + column.width / 2,
    cy: row.top + row.height / 2,
    halfW,
    halfH: SYMBOL_HEIGHT / 2,
  };
}

/** Orthogonal path down from one symbol into the top of the symbol in the next row. */
function downPath(from: Box, to: Box, targetRowTop: number): string {
  const startY = from.cy + from.halfH;
  const endY = to.cy - to.halfH;
  if (Math.abs(from.cx - to.cx) < 0.5) return `M${from.cx},${startY} V${endY}`;
  const turnY = targetRowTop + Math.max(3, (endY - targetRowTop) / 2);
  return `M${from.cx},${startY} V${turnY} H${to.cx} V${endY}`;
}

/** Path from a symbol's right side out to a lane right of the executors, into the target's side. */
function sidePath(from: Box, to: Box, laneX: number): string {
  return `M${from.cx + from.halfW},${from.cy} H${laneX} V${to.cy} H${to.cx + to.halfW}`;
}

/** A decision exit's label: the custom one when written, else Ya / Tidak. */
function exitLabel(step: Step, kind: 'yes' | 'no', defaults: [string, string]): string {
  const i = kind === 'yes' ? 0 : 1;
  const custom = step.labels?.[i]?.trim();
  return custom ? custom : defaults[i];
}

/**
 * The arrows of the flow (shared/rules/flow: each row flows into the next, a decision into its
 * Ya and Tidak targets) and the lines joining the symbols of a joint activity. Steps without an
 * executor draw nothing; `labels` gives the default exit labels (Ya / Tidak).
 */
export function flowGeometry(
  steps: readonly Step[],
  rows: readonly (RowBox | undefined)[],
  columns: ReadonlyMap<string, ColumnBox>,
  labels: [string, string],
): FlowGeometry {
  const ids = stepIndex(steps);
  const edges: FlowEdge[] = [];
  const joints: string[] = [];
  const executorsRight = Math.max(0, ...[...columns.values()].map((c) => c.left + c.width));
  let lane = 0;

  const boxOf = (index: number): Box | null => {
    const step = steps[index];
    const row = rows[index];
    const entry = step?.executors[0];
    const column = entry === undefined ? undefined : columns.get(entry);
    return row && column ? symbolBox(row, column) : null;
  };

  steps.forEach((step, index) => {
    const row = rows[index];
    if (!row) return;
    const boxes = step.executors
      .map((id) => columns.get(id))
      .filter((c): c is ColumnBox => c !== undefined)
      .map((c) => symbolBox(row, c))
      .sort((a, b) => a.cx - b.cx);
    for (let i = 1; i < boxes.length; i += 1) {
      const a = boxes[i - 1] as Box;
      const b = boxes[i] as Box;
      joints.push(`M${a.cx + a.halfW},${a.cy} H${b.cx - b.halfW}`);
    }

    const from = boxOf(index);
    if (!from) return;
    const exits = stepExits(steps, index, ids);
    const drawnTargets = new Set<number>();
    for (const exit of exits) {
      if (exit.target.kind !== 'step') continue;
      const target = exit.target.index;
      // Two exits to the same step draw once (the Ya label wins).
      if (drawnTargets.has(target)) continue;
      drawnTargets.add(target);
      const to = boxOf(target);
      const targetRow = rows[target];
      if (!to || !targetRow) continue;
      const labelText = exit.kind === 'next' ? null : exitLabel(step, exit.kind, labels);
      if (target === index + 1) {
        edges.push({
          key: `${step.id}:${exit.kind}`,
          d: downPath(from, to, targetRow.top),
          label: labelText
            ? { x: from.cx + 4, y: from.cy + from.halfH + 10, text: labelText }
            : null,
          side: false,
        });
      } else {
        const laneX = executorsRight - LANE_GAP * (1 + (lane % 4));
        lane += 1;
        edges.push({
          key: `${step.id}:${exit.kind}`,
          d: sidePath(from, to, laneX),
          label: labelText
            ? { x: from.cx + from.halfW + 2, y: from.cy - 4, text: labelText }
            : null,
          side: true,
        });
      }
    }
  });
  return { edges, joints };
}
