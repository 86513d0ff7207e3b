// The Identitas tab: every item of the identity part (docs/format.md §1.1) in the order it is
// printed, then the extra sections and the print settings. Every edit is a named action (undo
// covers it); the organisation fields come from the table the settings share (ui/form).

import { useEffect, useRef } from 'react';
import type { IdentityListField, IdentityTextField } from '../../../../shared/model';
import { IDENTITY_LIST_FIELDS } from '../../../../shared/model';
import { useShell } from '../../app/ui-store';
import { useStrings } from '../../i18n';
import { editorStore, useEditor } from '../../state/store';
import { FieldGrid } from '../../ui/form/field-grid';
import type { FieldSpec } from '../../ui/form/field-grid';
import { ListEditor } from '../../ui/form/ListEditor';
import { ApproverFields, HeadingFields } from '../../ui/form/organisation';
import { ExtraSections } from './ExtraSections';
import { PrintSettings } from './PrintSettings';
import { identityStrings } from './strings';
import type { IdentityText } from './strings';
import './identity.css';

type SopField = Exclude<IdentityTextField, 'government' | 'agency' | 'unit'>;

/** The SOP's own identity fields, below the heading. */
const SOP_FIELDS: readonly FieldSpec<SopField, IdentityText>[] = [
  { key: 'name', field: 'name', label: 'name', hint: 'nameHint', wide: true },
  { key: 'number', field: 'number', label: 'number', hint: 'numberHint' },
  { key: 'createdDate', field: 'createdDate', label: 'createdDate', kind: 'date' },
  { key: 'revisionDate', field: 'revisionDate', label: 'revisionDate', kind: 'date' },
  { key: 'effectiveDate', field: 'effectiveDate', label: 'effectiveDate', kind: 'date' },
];

const editor = () => editorStore.getState();
const setField = (field: IdentityTextField, value: string) =>
  editor().apply('setIdentityField', field, value);
const setList = (field: IdentityListField) => (items: string[]) =>
  editor().apply('setIdentityList', field, items);

export function IdentityForm() {
  const t = useStrings(identityStrings);
  const identity = useEditor((s) => s.document.identity);
  const print = useEditor((s) => s.document.print);
  const form = useFocusRequests();

  return (
    <form
      className="app-identity"
      aria-label={t.formLabel}
      data-testid="identity-form"
      ref={form}
      onSubmit={(e) => e.preventDefault()}
    >
      <section className="app-card" aria-labelledby="identity-header-title">
        <h3 id="identity-header-title">{t.headerSection}</h3>
        <HeadingFields
          heading={identity}
          onChange={setField}
          onLogo={(logo) => editor().apply('setLogo', logo)}
        />
        <FieldGrid specs={SOP_FIELDS} text={t} values={identity} onChange={setField} />
      </section>

      <section className="app-card" aria-labelledby="identity-approval-title">
        <h3 id="identity-approval-title">{t.approvalSection}</h3>
        <ApproverFields
          approver={identity.approvedBy}
          onChange={(field, value) => editor().apply('setApprover', field, value)}
        />
      </section>

      <section className="app-card" aria-labelledby="identity-lists-title">
        <h3 id="identity-lists-title">{t.listsSection}</h3>
        <div className="app-list-grid">
          {IDENTITY_LIST_FIELDS.map((field) => (
            <ListEditor
              key={field}
              field={field}
              label={t[field]}
              items={identity[field]}
              onChange={setList(field)}
            />
          ))}
        </div>
      </section>

      <ExtraSections sections={identity.extraSections} />
      <PrintSettings print={print} />
    </form>
  );
}

/** Focuses the field the checks panel asked for, once the form shows it. */
function useFocusRequests() {
  const form = useRef<HTMLFormElement>(null);
  const focus = useShell((s) => s.focus);
  useEffect(() => {
    if (!focus || !form.current) return;
    const target = form.current.querySelector<HTMLElement>(`[data-field="${focus.field}"]`);
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    const input = target.matches('input, textarea, select')
      ? target
      : target.querySelector<HTMLElement>('input, textarea, button');
    input?.focus();
    target.classList.add('app-flash');
    const timer = setTimeout(() => target.classList.remove('app-flash'), 1200);
    return () => clearTimeout(timer);
  }, [focus]);
  return form;
}
