// The question of print-choice.ts: print the approved revision (the default, the version in force)
// or the draft with its changes, marked DRAF on every page.

import { useState } from 'react';
import { fill, useStrings } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { DialogButtons } from '../ui/DialogButtons';
import type { PrintChoice, PrintChoiceRequest } from './print-choice';
import { usePrintChoice } from './print-choice';
import { documentStrings } from './strings';
import './print-choice.css';

export function PrintChoiceDialog() {
  const request = usePrintChoice((s) => s.request);
  // Keyed by the question, so every question starts from the approved revision.
  return request && <PrintChoiceForm key={request.id} request={request} />;
}

function PrintChoiceForm({ request }: { request: PrintChoiceRequest }) {
  const t = useStrings(documentStrings);
  const [choice, setChoice] = useState<PrintChoice>('approved');
  const { revision, count } = request;
  const cancel = () => request.answer(null);
  const options: [PrintChoice, string, string][] = [
    [
      'approved',
      revision === null ? t.choiceApprovedMany : fill(t.choiceApproved, { revision }),
      t.choiceApprovedHint,
    ],
    [
      'draft',
      t.choiceDraft,
      revision === null ? t.choiceDraftHintMany : fill(t.choiceDraftHint, { revision }),
    ],
  ];
  return (
    <Dialog
      title={fill(t.choiceTitle, { action: request.action })}
      onClose={cancel}
      testId="print-choice"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          request.answer(choice);
        }}
      >
        <p>
          {revision === null
            ? fill(t.choiceIntroMany, { count })
            : fill(t.choiceIntro, { revision })}
        </p>
        <fieldset className="app-print-choice">
          <legend className="app-visually-hidden">{t.choiceVersion}</legend>
          {options.map(([value, label, hint]) => (
            <label key={value} className="app-print-option" data-testid={`print-choice-${value}`}>
              <input
                type="radio"
                name="print-version"
                value={value}
                checked={choice === value}
                autoFocus={value === 'approved'}
                onChange={() => setChoice(value)}
              />
              <span>
                <strong>{label}</strong>
                <span className="app-muted">{hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <DialogButtons
          onCancel={cancel}
          action={{ label: request.action, testId: 'print-choice-submit' }}
        />
      </form>
    </Dialog>
  );
}
