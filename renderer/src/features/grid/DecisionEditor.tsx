// Popover on a diamond: where the Ya and Tidak exits lead (the next step by default, or any step
// by number) and optional custom labels such as Lengkap / Tidak lengkap.

import { useEffect, useRef, useState } from 'react';
import { DEFAULT_EXIT_LABELS } from '../../../../shared/model';
import type { Step } from '../../../../shared/model';
import { fill, useStrings } from '../../i18n';
import { editorStore, useEditor } from '../../state/store';
import { DialogButtons } from '../../ui/DialogButtons';
import { gridStrings } from './strings';
import { useGridUi } from './ui';

export function DecisionEditor() {
  const decision = useGridUi((s) => s.decision);
  const steps = useEditor((s) => s.document.steps);
  const index = decision ? steps.findIndex((s) => s.id === decision.stepId) : -1;
  const step = steps[index];
  if (!decision || !step || step.symbol !== 'decision') return null;
  // Keyed by step so the draft restarts when another diamond is opened.
  return (
    <DecisionForm key={step.id} step={step} index={index} steps={steps} anchor={decision.anchor} />
  );
}

type FormProps = { step: Step; index: number; steps: readonly Step[]; anchor: DOMRect };

function DecisionForm({ step, index, steps, anchor }: FormProps) {
  const t = useStrings(gridStrings);
  const [yes, setYes] = useState(step.yes ?? '');
  const [no, setNo] = useState(step.no ?? '');
  const [yesLabel, setYesLabel] = useState(step.labels?.[0] ?? '');
  const [noLabel, setNoLabel] = useState(step.labels?.[1] ?? '');
  const close = () => {
    useGridUi.getState().closeDecision();
    // Back to the diamond's cell, so the keyboard carries on from there.
    const selection = editorStore.getState().selection;
    if (selection) editorStore.getState().reveal(selection);
  };
  const popover = useRef<HTMLDivElement>(null);

  // A press outside the popover closes it without saving, like Escape.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !popover.current?.contains(event.target)) {
        useGridUi.getState().closeDecision();
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
  const top = Math.min(anchor.bottom + 4, window.innerHeight - 300);
  const left = Math.min(anchor.left, window.innerWidth - 340);
  return (
    <div
      ref={popover}
      className="sop-popover"
      role="dialog"
      aria-label={fill(t.decisionTitle, { number: index + 1 })}
      data-testid="decision-editor"
      style={{ top, left }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
        if (e.key === 'Enter') save();
      }}
    >
      <h3>{fill(t.decisionTitle, { number: index + 1 })}</h3>
      <label>
        {t.yesTarget}
        <select value={yes} onChange={(e) => setYes(e.target.value)} autoFocus>
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
