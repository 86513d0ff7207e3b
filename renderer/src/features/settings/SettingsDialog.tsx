// Pengaturan: the organisation profile new SOPs start from (heading, logo, the approving official,
// paper) with the working day the total time counts in, and the executor role names offered as
// columns of a new SOP and in the grid; the organisation server (ServerSection).

import { useEffect, useState } from 'react';
import type { OrganisationProfile } from '../../../../shared/model/library';
import { useOrganisation } from '../../app/organisation';
import { pdfSourceIncluded, setPdfSourceIncluded } from '../../app/pdf-source';
import { useShell } from '../../app/ui-store';
import { useStrings } from '../../i18n';
import { call } from '../../platform/api';
import { Dialog } from '../../ui/Dialog';
import { PaperField } from '../../ui/form/fields';
import { ListEditor } from '../../ui/form/ListEditor';
import { ApproverFields, HeadingFields } from '../../ui/form/organisation';
import { notify, notifyError } from '../../ui/notices';
import { ServerSection } from './ServerSection';
import { settingsStrings } from './strings';
import { WorkdayField } from './WorkdayField';
import './settings.css';

export function SettingsDialog() {
  const t = useStrings(settingsStrings);
  const close = useShell((s) => s.closeDialog);
  const [profile, setProfile] = useState<OrganisationProfile | null>(null);
  const [roles, setRoles] = useState<string[]>([]);
  const [pdfSource, setPdfSource] = useState(pdfSourceIncluded);

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
      const saved = await call('library:setProfile', profile);
      const names = await call('library:setRoles', roles.map((r) => r.trim()).filter(Boolean));
      useOrganisation.setState({ roles: names, workdayHours: saved.workdayHours });
      setPdfSourceIncluded(pdfSource);
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
            <fieldset className="app-settings-group" aria-describedby="settings-signer-hint">
              <legend>{t.signer}</legend>
              <p id="settings-signer-hint" className="app-muted">
                {t.signerHint}
              </p>
              <ApproverFields approver={profile.approvedBy} onChange={approver} />
            </fieldset>
            <fieldset className="app-settings-group">
              <legend>{t.document}</legend>
              <div className="app-grid-fields">
                <PaperField
                  id="profile-paper"
                  value={profile.paper}
                  onChange={(paper) => edit({ paper })}
                />
                <WorkdayField
                  hours={profile.workdayHours}
                  onChange={(workdayHours) => edit({ workdayHours })}
                />
              </div>
            </fieldset>
          </section>
          <section className="app-card">
            <h3>{t.roles}</h3>
            <p className="app-muted">{t.rolesHint}</p>
            <ListEditor field="roles" label={t.roles} items={roles} onChange={setRoles} />
          </section>
          <section className="app-card">
            <h3>{t.pdf}</h3>
            <p className="app-muted">{t.pdfSourceHint}</p>
            <label className="app-settings-check">
              <input
                type="checkbox"
                checked={pdfSource}
                data-testid="settings-pdf-source"
                onChange={(e) => setPdfSource(e.target.checked)}
              />{' '}
              {t.pdfSource}
            </label>
          </section>
          <ServerSection />
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
