// The Identitas tab: every item of the identity part (FORMAT.md §1.1) in the order it is printed,
// then the extra sections and the print settings. Every edit is a named action (undo covers it).

import { useEffect, useRef } from 'react';
import type { IdentityListField, IdentityTextField } from '../../../../shared/model';
import { IDENTITY_LIST_FIELDS } from '../../../../shared/model';
import { useStrings } from '../../i18n';
import { editorStore, useEditor } from '../../state/store';
import { useShell } from '../../app/ui-store';
import { ExtraSections } from './ExtraSections';
import { DateField, NipField, TextField } from './fields';
import { ListEditor } from './ListEditor';
import { LogoPicker } from './LogoPicker';
import { PrintSettings } from './PrintSettings';
import { identityStrings } from './strings';

const setField = (field: IdentityTextField) => (value: string) =>
  editorStore.getState().apply('setIdentityField', field, value);
const setList = (field: IdentityListField) => (items: string[]) =>
  editorStore.getState().apply('setIdentityList', field, items);

export function IdentityForm() {
  const t = useStrings(identityStrings);
  const identity = useEditor((s) => s.document.identity);
  const print = useEditor((s) => s.document.print);
  const form = useFocusRequests();
  const approver = (field: 'title' | 'name' | 'nip') => (value: string) =>
    editorStore.getState().apply('setApprover', field, value);

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
        <div className="app-identity-head">
          <LogoPicker
            logo={identity.logo}
            onChange={(logo) => editorStore.getState().apply('setLogo', logo)}
          />
          <div className="app-grid-fields">
            <TextField
              field="government"
              label={t.government}
              placeholder={t.governmentHint}
              value={identity.government}
              onChange={setField('government')}
              wide
            />
            <TextField
              field="agency"
              label={t.agency}
              placeholder={t.agencyHint}
              value={identity.agency}
              onChange={setField('agency')}
              wide
            />
            <TextField
              field="unit"
              label={t.unit}
              placeholder={t.unitHint}
              value={identity.unit}
              onChange={setField('unit')}
              wide
            />
          </div>
        </div>
        <div className="app-grid-fields">
          <TextField
            field="name"
            label={t.name}
            placeholder={t.nameHint}
            value={identity.name}
            onChange={setField('name')}
            wide
          />
          <TextField
            field="number"
            label={t.number}
            placeholder={t.numberHint}
            value={identity.number}
            onChange={setField('number')}
          />
          <DateField
            field="createdDate"
            label={t.createdDate}
            value={identity.createdDate}
            onChange={setField('createdDate')}
          />
          <DateField
            field="revisionDate"
            label={t.revisionDate}
            value={identity.revisionDate}
            onChange={setField('revisionDate')}
          />
          <DateField
            field="effectiveDate"
            label={t.effectiveDate}
            value={identity.effectiveDate}
            onChange={setField('effectiveDate')}
          />
        </div>
      </section>

      <section className="app-card" aria-labelledby="identity-approval-title">
        <h3 id="identity-approval-title">{t.approvalSection}</h3>
        <div className="app-grid-fields">
          <TextField
            field="approvedBy.title"
            label={t.approverTitle}
            placeholder={t.approverTitleHint}
            value={identity.approvedBy.title}
            onChange={approver('title')}
            wide
          />
          <TextField
            field="approvedBy.name"
            label={t.approverName}
            value={identity.approvedBy.name}
            onChange={approver('name')}
          />
          <NipField
            field="approvedBy.nip"
            label={t.approverNip}
            value={identity.approvedBy.nip}
            onChange={approver('nip')}
          />
        </div>
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
