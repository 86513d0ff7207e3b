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
      <ChangeTable
        rows={changes.map((change) => ({ key: change.field, ...change }))}
        empty={t.emptyValue}
      />
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
        <ChangeTable
          rows={change.cells.map((cell) => ({ key: cell.column, ...cell }))}
          empty={t.emptyValue}
        />
      )}
    </li>
  );
}

type ChangeRow = { key: string; label: string; before: string; after: string };

/** Changed values side by side: what it was (struck out) and what it is now. */
function ChangeTable({ rows, empty }: { rows: ChangeRow[]; empty: string }) {
  return (
    <table className="app-table app-diff-table">
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>
              <del>{row.before || empty}</del>
            </td>
            <td>
              <ins>{row.after || empty}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
