// Pengaturan: the organisation profile new SOPs start from (heading, logo, approver, paper) and
// the executor role names offered in the grid.

import { useEffect, useState } from 'react';
import type { Paper } from '../../../../shared/model';
import type { OrganisationProfile } from '../../../../shared/model/library';
import { call } from '../../platform/api';
import { useStrings } from '../../i18n';
import { NipField, TextField } from '../identity/fields';
import { ListEditor } from '../identity/ListEditor';
import { LogoPicker } from '../identity/LogoPicker';
import { PAPERS } from '../../../../shared/model';
import { identityStrings } from '../identity/strings';
import { useShell } from '../../app/ui-store';
import { Dialog } from '../../ui/Dialog';
import { notify, notifyError } from '../../ui/notices';
import { settingsStrings } from './strings';
import { useRolesStore } from './use-roles';

export function SettingsDialog() {
  const t = useStrings(settingsStrings);
  const f = useStrings(identityStrings);
  const close = useShell((s) => s.closeDialog);
  const [profile, setProfile] = useState<OrganisationProfile | null>(null);
  const [roles, setRoles] = useState<string[]>([]);

  useEffect(() => {
    Promise.all([call('library:profile'), call('library:roles')])
      .then(([p, r]) => {
        setProfile(p);
        setRoles(r);
      })
      .catch(notifyError);
  }, []);

  const save = async () => {
    if (!profile) return;
    try {
      await call('library:setProfile', profile);
      const names = await call('library:setRoles', roles.map((r) => r.trim()).filter(Boolean));
      useRolesStore.getState().setRoles(names);
      notify('info', t.saved);
      close();
    } catch (error) {
      notifyError(error);
    }
  };

  const edit = <K extends keyof OrganisationProfile>(key: K, value: OrganisationProfile[K]) =>
    setProfile((p) => (p ? { ...p, [key]: value } : p));
  const approver = (key: 'title' | 'name' | 'nip') => (value: string) =>
    setProfile((p) => (p ? { ...p, approvedBy: { ...p.approvedBy, [key]: value } } : p));

  return (
    <Dialog title={t.title} onClose={close} wide testId="settings-dialog">
      {!profile ? (
        <p>{t.loading}</p>
      ) : (
        <form
          className="app-settings"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <section className="app-card">
            <h3>{t.profile}</h3>
            <p className="app-muted">{t.profileHint}</p>
            <div className="app-identity-head">
              <LogoPicker logo={profile.logo} onChange={(logo) => edit('logo', logo)} />
              <div className="app-grid-fields">
                <TextField
                  field="profile-government"
                  label={f.government}
                  placeholder={f.governmentHint}
                  value={profile.government}
                  onChange={(v) => edit('government', v)}
                  wide
                />
                <TextField
                  field="profile-agency"
                  label={f.agency}
                  placeholder={f.agencyHint}
                  value={profile.agency}
                  onChange={(v) => edit('agency', v)}
                  wide
                />
                <TextField
                  field="profile-unit"
                  label={f.unit}
                  placeholder={f.unitHint}
                  value={profile.unit}
                  onChange={(v) => edit('unit', v)}
                  wide
                />
              </div>
            </div>
            <div className="app-grid-fields">
              <TextField
                field="profile-title"
                label={f.approverTitle}
                value={profile.approvedBy.title}
                onChange={approver('title')}
                wide
              />
              <TextField
                field="profile-name"
                label={f.approverName}
                value={profile.approvedBy.name}
                onChange={approver('name')}
              />
              <NipField
                field="profile-nip"
                label={f.approverNip}
                value={profile.approvedBy.nip}
                onChange={approver('nip')}
              />
              <div className="app-field">
                <label htmlFor="profile-paper">{f.paper}</label>
                <select
                  id="profile-paper"
                  value={profile.paper}
                  onChange={(e) => edit('paper', e.target.value as Paper)}
                >
                  {PAPERS.map((paper) => (
                    <option key={paper}>{paper}</option>
                  ))}
                </select>
              </div>
            </div>
          </section>
          <section className="app-card">
            <h3>{t.roles}</h3>
            <p className="app-muted">{t.rolesHint}</p>
            <ListEditor field="roles" label={t.roles} items={roles} onChange={setRoles} />
          </section>
          <div className="app-dialog-buttons">
            <button type="submit" className="app-primary" data-testid="settings-save">
              {t.save}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
