// What the decision editor starts from: the stored exits, or, for a decision whose exits are not
// set yet, the usual shape of a check that sends work back (Ya goes on to the next step, Tidak
// returns to the step before) for the clerk to confirm or change.

import type { Step } from '../../../../shared/model';

/** The editor's fields; '' as a target is "the next step" (the exit's null). */
export type DecisionDraft = {
  yes: string;
  no: string;
  yesLabel: string;
  noLabel: string;
  /** The targets are a suggestion, not yet the document's. */
  suggested: boolean;
};

/** The draft of a decision's editor; `previous` is the step above it, if any. */
export function decisionDraft(step: Step, previous: Step | undefined): DecisionDraft {
  const suggested = step.yes === null && step.no === null && previous !== undefined;
  return {
    yes: step.yes ?? '',
    no: step.no ?? (suggested && previous ? previous.id : ''),
    yesLabel: step.labels?.[0] ?? '',
    noLabel: step.labels?.[1] ?? '',
    suggested,
  };
}
