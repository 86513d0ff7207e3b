// Pengaturan: the organisation profile new SOPs start from (heading, logo, approver, paper) and
// the executor role names offered in the grid.

import { useEffect, useState } from 'react';
import type { OrganisationProfile } from '../../../../shared/model/library';
import { useShell } from '../../app/ui-store';
import { useStrings } from '../../i18n';
import { call } from '../../platform/api';
import { Dialog } from '../../ui/Dialog';
import { PaperField } from '../../ui/form/fields';
import { ListEditor } from '../../ui/form/ListEditor';
import { ApproverFields, HeadingFields } from '../../ui/form/organisation';
import { notify, notifyError } from '../../ui/notices';
import { settingsStrings } from './strings';
import { useRolesStore } from './use-roles';
import './settings.css';

export function SettingsDialog() {
  const t = useStrings(settingsStrings);
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

  const edit = (change: Partial<OrganisationProfile>) =>
    setProfile((p) => (p ? { ...p, ...change } : p));
  const approver = (key: keyof OrganisationProfile['approvedBy'], value: string) =>
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
            <HeadingFields
              heading={profile}
              onChange={(key, value) => edit({ [key]: value })}
              onLogo={(logo) => edit({ logo })}
            />
            <ApproverFields approver={profile.approvedBy} onChange={approver}>
              <PaperField
                id="profile-paper"
                value={profile.paper}
                onChange={(paper) => edit({ paper })}
              />
            </ApproverFields>
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
