// Register SOP organisasi: every unit's published SOPs on the organisation server, a page at a
// time, filtered by unit and status and searched with the server's full text. Everyone opens a
// published SOP read-only or takes it as a template; the bureau reviews and records decrees.

import { useState } from 'react';
import { SERVER_STATUSES, type RegisterRow as Row } from '../../../../shared/model/server';
import { useServerSettings } from '../../app/server';
import { useShell } from '../../app/ui-store';
import { fill, useStrings } from '../../i18n';
import { saveDecreeBook, takeAsTemplate } from './actions';
import { DecreeDialog } from './DecreeDialog';
import { PublishedDialog } from './PublishedDialog';
import { RegisterPager } from './RegisterPager';
import { RegisterRow } from './RegisterRow';
import { ReviewDialog } from './ReviewDialog';
import { SelectAccepted } from './SelectAccepted';
import { registerStrings } from './strings';
import { FilterBar, FilterSelect, SearchBox } from '../../ui/FilterBar';
import { serverStatusStrings } from '../../ui/server-status-strings';
import { useRegister, type RegisterFilter } from './use-register';
import './register.css';

type Open = { kind: 'published' | 'review'; row: Row } | { kind: 'decree'; rows: Row[] } | null;

export function RegisterScreen() {
  const t = useStrings(registerStrings);
  const words = useStrings(serverStatusStrings);
  const settings = useServerSettings();
  const [filter, setFilter] = useState<RegisterFilter>({
    unit: '',
    status: '',
    search: '',
    page: 0,
  });
  const [selected, setSelected] = useState<Map<string, Row>>(new Map());
  const [open, setOpen] = useState<Open>(null);
  const { state, units, reload } = useRegister(filter);
  const update = (change: Partial<RegisterFilter>) =>
    setFilter((f) => ({ ...f, page: 0, ...change }));
  const bureau = state.kind === 'ready' && state.bureau;
  const toLibrary = () => useShell.getState().setScreen('library');

  const select = (rows: Row[], on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const row of rows) {
        if (on) next.set(row.id, row);
        else next.delete(row.id);
      }
      return next;
    });
  const accepted = state.kind === 'ready' ? state.rows.filter((r) => r.status === 'accepted') : [];
  const acceptedChosen = accepted.filter((row) => selected.has(row.id)).length;
  const afterDecree = () => {
    setSelected(new Map());
    reload();
  };

  return (
    <main className="app-library app-register" data-testid="register">
      <div className="app-library-head">
        <h2>{t.title}</h2>
        <div className="app-library-new app-register-actions">
          <button type="button" data-testid="register-back" onClick={toLibrary}>
            {t.back}
          </button>
          <button type="button" onClick={reload}>
            {t.reload}
          </button>
          {bureau && (
            <button
              type="button"
              className="app-primary"
              disabled={selected.size === 0}
              title={selected.size === 0 ? t.recordDecreeHint : undefined}
              data-testid="register-decree"
              onClick={() => setOpen({ kind: 'decree', rows: [...selected.values()] })}
            >
              {t.recordDecree}
            </button>
          )}
        </div>
      </div>
      {settings?.unit && (
        <p className="app-muted app-register-login" data-testid="register-login">
          {fill(bureau ? t.asBureau : t.asUnit, { unit: settings.unit })}
          {bureau && selected.size > 0 && ` · ${fill(t.selected, { count: selected.size })}`}
        </p>
      )}
      <FilterBar
        count={state.kind === 'ready' ? fill(t.count, { count: state.total }) : undefined}
        countTestId="register-count"
      >
        <SearchBox
          label={t.search}
          placeholder={t.searchPlaceholder}
          value={filter.search}
          testId="register-search"
          onChange={(search) => update({ search })}
        />
        <FilterSelect
          label={t.unit}
          value={filter.unit}
          all={t.allUnits}
          options={units.map((unit) => ({ value: unit, label: unit }))}
          testId="register-unit"
          onChange={(unit) => update({ unit })}
        />
        <FilterSelect
          label={t.status}
          value={filter.status}
          all={t.allStatuses}
          options={SERVER_STATUSES.map((status) => ({ value: status, label: words[status] }))}
          testId="register-status-filter"
          onChange={(status) => update({ status })}
        />
      </FilterBar>
      {state.kind === 'loading' && <p>{t.loading}</p>}
      {state.kind === 'error' && (
        <div className="app-register-problem" role="alert" data-testid="register-problem">
          <p>{state.message}</p>
          <button type="button" onClick={() => useShell.getState().openDialog('settings')}>
            {t.settings}
          </button>
        </div>
      )}
      {state.kind === 'ready' && (
        <>
          <table className="app-table app-register-table">
            <thead>
              <tr>
                {bureau && (
                  <th scope="col" className="app-register-tick">
                    <SelectAccepted
                      label={t.selectAccepted}
                      listed={accepted.length}
                      chosen={acceptedChosen}
                      onSelect={(all) => select(accepted, all)}
                    />
                  </th>
                )}
                <th scope="col">{t.unit}</th>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.number}</th>
                <th scope="col">{t.revision}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.reviewNote}</th>
                <th scope="col">{t.sent}</th>
                <th scope="col">
                  <span className="app-visually-hidden">{t.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.rows.map((row) => (
                <RegisterRow
                  key={row.id}
                  row={row}
                  bureau={bureau}
                  selected={selected.has(row.id)}
                  onSelect={(on) => select([row], on)}
                  onOpen={() => setOpen({ kind: 'published', row })}
                  onTemplate={() => void takeAsTemplate(row)}
                  onReview={() => setOpen({ kind: 'review', row })}
                  onBook={() => void saveDecreeBook(row)}
                />
              ))}
            </tbody>
          </table>
          {state.rows.length === 0 && <p className="app-muted">{t.empty}</p>}
          <RegisterPager
            page={filter.page}
            total={state.total}
            onPage={(page) => setFilter((f) => ({ ...f, page }))}
          />
        </>
      )}
      {open?.kind === 'published' && (
        <PublishedDialog row={open.row} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'review' && (
        <ReviewDialog row={open.row} onClose={() => setOpen(null)} onReviewed={reload} />
      )}
      {open?.kind === 'decree' && (
        <DecreeDialog rows={open.rows} onClose={() => setOpen(null)} onRecorded={afterDecree} />
      )}
    </main>
  );
}
