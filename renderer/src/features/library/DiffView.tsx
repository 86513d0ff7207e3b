// The compare view of the revision history: what changed between two versions of an SOP (the
// library's diff object), as readable lists of identity fields, executors and steps.

import type { SopDiff, StepChange, ValueChange } from '../../../../shared/model/diff';
import { fill, useStrings } from '../../i18n';
import { libraryStrings } from './strings';
import type { LibraryStrings } from './strings';

export function DiffView({ diff }: { diff: SopDiff }) {
  const t = useStrings(libraryStrings);
  const empty =
    diff.identity.length + diff.print.length + diff.executors.length + diff.steps.length === 0;
  if (empty) return <p className="app-empty">{t.noChanges}</p>;
  return (
    <div className="app-diff" data-testid="diff">
      <ValueChanges title={t.identityChanges} changes={diff.identity} t={t} />
      <ValueChanges title={t.printChanges} changes={diff.print} t={t} />
      {diff.executors.length > 0 && (
        <section>
          <h4>{t.executorChanges}</h4>
          <ul>
            {diff.executors.map((change) => (
              <li key={`${change.kind}-${change.id}`} className={`app-diff-${change.kind}`}>
                {change.kind === 'renamed' ? (
                  <>
                    <del>{change.before}</del> → <ins>{change.after}</ins> ({t.renamed})
                  </>
                ) : (
                  <>
                    {change.name} ({change.kind === 'added' ? t.added : t.removed})
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.steps.length > 0 && (
        <section>
          <h4>{t.stepChanges}</h4>
          <ul>
            {diff.steps.map((change) => (
              <StepChangeItem key={`${change.kind}-${change.stepId}`} change={change} t={t} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function ValueChanges({
  title,
  changes,
  t,
}: {
  title: string;
  changes: ValueChange[];
  t: LibraryStrings;
}) {
  if (changes.length === 0) return null;
  return (
    <section>
      <h4>{title}</h4>
      <table className="app-table app-diff-table">
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{change.label}</th>
              <td>
                <del>{change.before || t.emptyValue}</del>
              </td>
              <td>
                <ins>{change.after || t.emptyValue}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function StepChangeItem({ change, t }: { change: StepChange; t: LibraryStrings }) {
  if (change.kind !== 'kept') {
    return (
      <li className={`app-diff-${change.kind}`}>
        <strong>{fill(t.stepNumber, { number: change.number })}</strong> (
        {change.kind === 'added' ? t.added : t.removed}): {change.activity || t.emptyValue}
      </li>
    );
  }
  return (
    <li className="app-diff-changed">
      <strong>{fill(t.stepNumber, { number: change.afterNumber })}</strong>
      {change.moved && (
        <> — {fill(t.moved, { from: change.beforeNumber, to: change.afterNumber })}</>
      )}
      {change.cells.length > 0 && (
        <table className="app-table app-diff-table">
          <tbody>
            {change.cells.map((cell) => (
              <tr key={cell.column}>
                <th scope="row">{cell.label}</th>
                <td>
                  <del>{cell.before || t.emptyValue}</del>
                </td>
                <td>
                  <ins>{cell.after || t.emptyValue}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
