// SOP baru: a new SOP from the organisation profile whose executor columns are chosen and ordered
// here, in one step, from the organisation's roles (a role typed here joins that list too).

import { useEffect, useId, useState } from 'react';
import { MAX_EXECUTORS } from '../../../../shared/limits';
import type { OrganisationProfile } from '../../../../shared/model/library';
import { useOrganisation, useRoles } from '../../app/organisation';
import { useShell } from '../../app/ui-store';
import { newSop } from '../../document/commands';
import { fill, useStrings } from '../../i18n';
import { call } from '../../platform/api';
import { Dialog } from '../../ui/Dialog';
import { DialogButtons } from '../../ui/DialogButtons';
import { notifyError } from '../../ui/notices';
import { addRole, moveRole, newRoles, roleRows, startChoice, toggleRole } from './role-choice';
import type { RoleChoice } from './role-choice';
import { newSopStrings } from './strings';
import './new-sop.css';

export function NewSopDialog() {
  const t = useStrings(newSopStrings);
  const close = useShell((s) => s.closeDialog);
  const roles = useRoles();
  const loaded = useOrganisation((s) => s.loaded);
  return (
    <Dialog title={t.title} onClose={close} testId="new-sop-dialog">
      {loaded && <NewSopForm roles={roles} onClose={close} />}
    </Dialog>
  );
}

function NewSopForm({ roles, onClose }: { roles: string[]; onClose: () => void }) {
  const t = useStrings(newSopStrings);
  const [choice, setChoice] = useState(() => startChoice(roles));
  const profile = useProfile();
  const create = async () => {
    onClose();
    try {
      for (const name of newRoles(choice, roles)) {
        useOrganisation.setState({ roles: await call('library:addRole', name) });
      }
    } catch (error) {
      notifyError(error);
    }
    await newSop(true, [...choice.chosen]);
  };
  const count = choice.chosen.length;
  return (
    <form
      className="app-new-sop"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <p className="app-muted" data-testid="new-sop-profile">
        {profile && !profile.agency.trim() && !profile.government.trim()
          ? t.profileEmpty
          : t.fromProfile}
      </p>
      <fieldset className="app-new-sop-columns">
        <legend>{t.columns}</legend>
        <p className="app-muted">{roles.length > 0 ? t.columnsHint : t.noRoles}</p>
        <RoleList choice={choice} onChange={setChoice} />
        {count >= MAX_EXECUTORS && (
          <p className="app-field-error">{fill(t.tooMany, { max: MAX_EXECUTORS })}</p>
        )}
        <OtherRole
          disabled={count >= MAX_EXECUTORS}
          onAdd={(name) => setChoice(addRole(choice, name))}
        />
        {newRoles(choice, roles).length > 0 && <p className="app-muted">{t.addedToList}</p>}
      </fieldset>
      <DialogButtons
        onCancel={onClose}
        action={{
          label: count > 0 ? fill(t.createWith, { count }) : t.create,
          testId: 'new-sop-create',
        }}
      />
    </form>
  );
}

type RoleListProps = { choice: RoleChoice; onChange: (choice: RoleChoice) => void };

/** Every role with its checkbox; the chosen ones first, numbered as columns, with ◀ ▶ to order. */
function RoleList({ choice, onChange }: RoleListProps) {
  const t = useStrings(newSopStrings);
  const rows = roleRows(choice);
  const full = choice.chosen.length >= MAX_EXECUTORS;
  if (rows.length === 0) return null;
  return (
    <ul className="app-role-list" data-testid="new-sop-roles">
      {rows.map(({ name, column }) => (
        <li
          key={name}
          className={column ? 'app-role-chosen' : undefined}
          data-testid="new-sop-role"
        >
          <label className="app-check">
            <input
              type="checkbox"
              checked={column !== null}
              disabled={column === null && full}
              onChange={() => onChange(toggleRole(choice, name))}
            />
            <span className="app-role-name">{name}</span>
          </label>
          {column !== null && (
            <span className="app-role-order">
              <span className="app-badge">{fill(t.column, { number: column })}</span>
              <button
                type="button"
                className="app-icon-button"
                aria-label={fill(t.moveLeft, { name })}
                title={fill(t.moveLeft, { name })}
                disabled={column === 1}
                onClick={() => onChange(moveRole(choice, name, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                className="app-icon-button"
                aria-label={fill(t.moveRight, { name })}
                title={fill(t.moveRight, { name })}
                disabled={column === choice.chosen.length}
                onClick={() => onChange(moveRole(choice, name, 1))}
              >
                ↓
              </button>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A role not in the list yet: typed, then added as the next column (Enter adds, not submits). */
function OtherRole({ disabled, onAdd }: { disabled: boolean; onAdd: (name: string) => void }) {
  const t = useStrings(newSopStrings);
  const id = useId();
  const [name, setName] = useState('');
  const add = () => {
    if (name.trim() === '') return;
    onAdd(name);
    setName('');
  };
  return (
    <div className="app-new-sop-other">
      <label htmlFor={id}>{t.other}</label>
      <input
        id={id}
        value={name}
        placeholder={t.otherHint}
        maxLength={500}
        disabled={disabled}
        data-testid="new-sop-other"
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          add();
        }}
      />
      <button type="button" disabled={disabled || name.trim() === ''} onClick={add}>
        {t.add}
      </button>
    </div>
  );
}

/** The profile, to say what the new SOP takes from it (null until read). */
function useProfile(): OrganisationProfile | null {
  const [profile, setProfile] = useState<OrganisationProfile | null>(null);
  useEffect(() => {
    call('library:profile').then(setProfile).catch(notifyError);
  }, []);
  return profile;
}
