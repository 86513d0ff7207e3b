// Popover beside a diamond: where the Ya and Tidak exits lead (the next step by default, or any
// step by number) and optional custom labels such as Lengkap / Tidak lengkap. A decision whose
// exits are not set yet opens with a suggestion (decision-draft.ts) the clerk confirms or changes.

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { DEFAULT_EXIT_LABELS } from '../../../../shared/model';
import type { Step } from '../../../../shared/model';
import { closeDecisionEditor, useDecisionEditor } from '../../app/decision-editor';
import { fill, useStrings } from '../../i18n';
import { executorColumnKey } from '../../state/columns';
import { editorStore, useEditor } from '../../state/store';
import { DialogButtons } from '../../ui/DialogButtons';
import { decisionDraft } from './decision-draft';
import { gridStrings } from './strings';

type GridRef = RefObject<HTMLDivElement | null>;

export function DecisionEditor({ grid }: { grid: GridRef }) {
  const stepId = useDecisionEditor((s) => s.stepId);
  const steps = useEditor((s) => s.document.steps);
  const index = stepId === null ? -1 : steps.findIndex((s) => s.id === stepId);
  const step = steps[index];
  const open = step !== undefined && step.symbol === 'decision';
  // An undo or a deletion took the decision away: the editor closes rather than wait for it.
  useEffect(() => {
    if (stepId !== null && !open) closeDecisionEditor();
  }, [stepId, open]);
  if (!open) return null;
  // Keyed by step so the draft restarts when another diamond is opened.
  return <DecisionForm key={step.id} step={step} index={index} steps={steps} grid={grid} />;
}

type FormProps = { step: Step; index: number; steps: readonly Step[]; grid: GridRef };

function DecisionForm({ step, index, steps, grid }: FormProps) {
  const t = useStrings(gridStrings);
  const [draft] = useState(() => decisionDraft(step, steps[index - 1]));
  const [yes, setYes] = useState(draft.yes);
  const [no, setNo] = useState(draft.no);
  const [yesLabel, setYesLabel] = useState(draft.yesLabel);
  const [noLabel, setNoLabel] = useState(draft.noLabel);
  const popover = useRef<HTMLDivElement>(null);
  const place = useBesideCell(popover, grid, step);
  const close = () => {
    // Back to the diamond's cell, so the keyboard carries on from there. The cell takes the
    // focus before the popover goes, so a key pressed right after Escape lands on it too.
    const selection = editorStore.getState().selection;
    if (selection) cellElement(grid.current, selection.stepId, selection.column)?.focus();
    closeDecisionEditor();
    if (selection) editorStore.getState().reveal(selection);
  };

  // A press outside the popover closes it without saving, like Escape.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !popover.current?.contains(event.target)) {
        closeDecisionEditor();
      }
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, []);

  const save = () => {
    const labels: [string, string] | null =
      yesLabel.trim() || noLabel.trim()
        ? [yesLabel.trim() || DEFAULT_EXIT_LABELS[0], noLabel.trim() || DEFAULT_EXIT_LABELS[1]]
        : null;
    editorStore
      .getState()
      .apply('setDecisionTargets', step.id, yes === '' ? null : yes, no === '' ? null : no, labels);
    close();
  };
  const targetOptions = (
    <>
      <option value="">{t.nextStep}</option>
      {steps.map((s, i) =>
        i === index ? null : (
          <option key={s.id} value={s.id}>
            {fill(t.stepNumber, { number: i + 1 })}
            {s.activity ? ` — ${s.activity.slice(0, 40)}` : ''}
          </option>
        ),
      )}
    </>
  );
  const title = fill(t.decisionTitle, { number: index + 1 });
  return (
    <div
      ref={popover}
      className="sop-popover"
      role="dialog"
      aria-label={title}
      data-testid="decision-editor"
      style={place ?? { visibility: 'hidden' }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
        // Enter saves, except on a button, which does its own work (Batal cancels).
        if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) save();
      }}
    >
      <h3>{title}</h3>
      {draft.suggested && (
        <p className="sop-suggestion" data-testid="decision-suggestion">
          {fill(t.exitsSuggested, { number: index })}
        </p>
      )}
      <label>
        {t.yesTarget}
        <select value={yes} onChange={(e) => setYes(e.target.value)}>
          {targetOptions}
        </select>
      </label>
      <label>
        {t.noTarget}
        <select value={no} onChange={(e) => setNo(e.target.value)}>
          {targetOptions}
        </select>
      </label>
      <div className="sop-popover-row">
        <label>
          {t.yesLabel}
          <input
            value={yesLabel}
            placeholder={DEFAULT_EXIT_LABELS[0]}
            onChange={(e) => setYesLabel(e.target.value)}
          />
        </label>
        <label>
          {t.noLabel}
          <input
            value={noLabel}
            placeholder={DEFAULT_EXIT_LABELS[1]}
            onChange={(e) => setNoLabel(e.target.value)}
          />
        </label>
      </div>
      <p className="sop-hint">{t.labelsHint}</p>
      <DialogButtons look="sop" onCancel={close} action={{ label: t.done, onClick: save }} />
    </div>
  );
}

/** The room kept between the popover and the window's edges, and between it and the cell. */
const EDGE = 8;
const GAP = 6;
/** How many frames to wait for the grid to draw the diamond's row after scrolling to it. */
const FRAMES = 30;

/** The cell the popover stands beside: the diamond, or the activity of a step without executor. */
function anchorCell(grid: HTMLElement | null, step: Step): Element | null {
  const executorId = step.executors[0];
  return cellElement(grid, step.id, executorId ? executorColumnKey(executorId) : 'activity');
}

/** A cell of the grid as drawn, or null when its row is not drawn. */
function cellElement(grid: HTMLElement | null, stepId: string, column: string): HTMLElement | null {
  const cells = grid?.querySelectorAll<HTMLElement>(
    `.ag-row[row-id="${CSS.escape(stepId)}"] [col-id="${CSS.escape(column)}"]`,
  );
  return cells?.[cells.length - 1] ?? null;
}

/**
 * Where the popover goes: beside the step's cell, right of it where there is room, else left,
 * so the rows above and below stay in sight; inside the window; centred when the cell is not
 * drawn. Measured a frame after opening, once the grid has
 * scrolled to the cell; once placed (and so visible) the popover takes the focus.
 */
function useBesideCell(
  popover: RefObject<HTMLDivElement | null>,
  grid: GridRef,
  step: Step,
): { top: number; left: number } | null {
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  useLayoutEffect(() => {
    let frame = 0;
    let waited = 0;
    const measure = () => {
      const cell = anchorCell(grid.current, step);
      const box = popover.current?.getBoundingClientRect();
      if (!box) return;
      if (!cell && waited++ < FRAMES) {
        frame = requestAnimationFrame(measure);
        return;
      }
      setPlace(placeBeside(cell?.getBoundingClientRect() ?? null, box));
    };
    frame = requestAnimationFrame(measure);
    return () => cancelAnimationFrame(frame);
    // Placed once per opening: the popover stays where it opened while the clerk edits.
  }, []);
  // Shown where it belongs: the keyboard goes on in it, from the frame it first shows in.
  const placed = place !== null;
  useLayoutEffect(() => {
    if (placed) popover.current?.querySelector('select')?.focus();
  }, [placed, popover]);
  return place;
}

function placeBeside(cell: DOMRect | null, popover: DOMRect): { top: number; left: number } {
  const width = window.innerWidth;
  const height = window.innerHeight;
  if (!cell) {
    return { top: (height - popover.height) / 2, left: (width - popover.width) / 2 };
  }
  const right = cell.right + GAP;
  const left = right + popover.width + EDGE <= width ? right : cell.left - popover.width - GAP;
  return {
    top: Math.max(EDGE, Math.min(cell.top, height - popover.height - EDGE)),
    left: Math.max(EDGE, Math.min(left, width - popover.width - EDGE)),
  };
}
