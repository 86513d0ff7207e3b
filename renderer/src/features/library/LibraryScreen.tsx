// Pustaka SOP: every SOP of the library with sort and filters, full-text search with highlighted
// snippets, new / open / duplicate / rename / delete, the bin, and the empty state of a first run.

import { useEffect, useState } from 'react';
import type { SopSortKey, SopStatusFilter, SopSummary } from '../../../../shared/model/library';
import { useServerSettings } from '../../app/server';
import { publishSops, setSendableSops, useServerSync } from '../../app/server-sync';
import { openSop } from '../../app/session';
import { useShell } from '../../app/ui-store';
import { ImportExcelButton, ImportJsonButton, ImportPdfButton } from '../../document/ImportButtons';
import { fill, useStrings } from '../../i18n';
import { FilterBar, FilterSelect, SearchBox, type FilterOption } from '../../ui/FilterBar';
import { notifyError } from '../../ui/notices';
import {
  deleteSop,
  duplicateSop,
  exportListedBook,
  exportListedWorkbook,
  openSample,
  renameSop,
} from './actions';
import { BackupDialog } from './BackupDialog';
import { BinView } from './BinView';
import { LibraryProblem } from './LibraryProblem';
import { LibraryToolbar } from './LibraryToolbar';
import { RenameDialog } from './RenameDialog';
import { SendConfirmDialog } from './SendConfirmDialog';
import { ServerBar } from './ServerBar';
import { ServerDetailsDialog } from './ServerDetailsDialog';
import { sendableSops } from './server-sending';
import { libraryServerStrings } from './server-strings';
import { useServerStatuses } from './use-server-statuses';
import { SopRow } from './SopRow';
import { libraryStrings } from './strings';
import { useLibrary } from './use-library';
import type { LibraryQuery } from './use-library';
import './library.css';

const openNewSop = () => useShell.getState().openDialog('newSop');

export function LibraryScreen() {
  const t = useStrings(libraryStrings);
  const [query, setQuery] = useState<LibraryQuery>({
    sort: 'name',
    unit: '',
    status: '',
    text: '',
  });
  const [showBin, setShowBin] = useState(false);
  const [renaming, setRenaming] = useState<SopSummary | null>(null);
  const [backups, setBackups] = useState(false);
  const [details, setDetails] = useState<SopSummary | null>(null);
  const { view, units, reload } = useLibrary(query);
  const statuses = useServerStatuses(view);
  const bureau = useServerSettings()?.bureau === true;
  /** The Di Biro column: a unit's standing at the bureau (the bureau's own login has none). */
  const column = statuses && !bureau ? statuses : null;
  const detailsStatus = details ? column?.[details.id] : undefined;
  const synced = useServerSync((s) => s.version);
  const ts = useStrings(libraryServerStrings);
  useEffect(() => {
    if (synced > 0) reload();
  }, [synced, reload]);
  const update = (change: Partial<LibraryQuery>) => setQuery((q) => ({ ...q, ...change }));
  const after = (work: () => Promise<boolean>) => () => void work().then(reload);

  const open = (summary: SopSummary) => void openSop(summary.id).catch(notifyError);
  const send = (summary: SopSummary) => () => void publishSops([summary.id]);
  const rowFor = (summary: SopSummary, snippet?: Parameters<typeof SopRow>[0]['snippet']) => (
    <SopRow
      key={summary.id}
      summary={summary}
      snippet={snippet}
      onOpen={() => open(summary)}
      onDuplicate={after(() => duplicateSop(summary))}
      onRename={() => setRenaming(summary)}
      onDelete={after(() => deleteSop(summary))}
      server={
        column
          ? {
              status: column[summary.id],
              onSend: send(summary),
              onDetails: () => setDetails(summary),
            }
          : undefined
      }
    />
  );
  const rows =
    view.kind === 'list'
      ? view.items.map((summary) => rowFor(summary))
      : view.kind === 'search'
        ? view.hits.map((hit) => rowFor(hit.summary, hit.snippet))
        : [];
  const listed =
    view.kind === 'list'
      ? view.items
      : view.kind === 'search'
        ? view.hits.map((hit) => hit.summary)
        : [];
  const sendable =
    column && !showBin
      ? sendableSops(
          listed.map((sop) => sop.id),
          column,
        )
      : [];
  const sendableIds = sendable.join('\n');
  useEffect(() => {
    setSendableSops(sendableIds ? sendableIds.split('\n') : []);
    return () => setSendableSops(null);
  }, [sendableIds]);
  const listedCount =
    view.kind === 'list'
      ? fill(t.count, { count: view.total })
      : view.kind === 'search'
        ? fill(t.results, { count: view.hits.length })
        : undefined;
  const sortOptions: FilterOption<SopSortKey>[] = [
    { value: 'name', label: t.sortName },
    { value: 'number', label: t.sortNumber },
    { value: 'unit', label: t.sortUnit },
    { value: 'updated', label: t.sortUpdated },
  ];
  const statusOptions: FilterOption<SopStatusFilter>[] = [
    { value: 'draft', label: t.filterDraft },
    { value: 'approved', label: t.filterApproved },
    { value: 'changed', label: t.filterChanged },
  ];
  const firstRun =
    view.kind === 'list' && view.total === 0 && !query.unit && !query.status && !query.text;

  return (
    <main className="app-library" data-testid="library">
      <div className="app-library-head">
        <h2>{showBin ? t.bin : t.title}</h2>
        <LibraryToolbar
          canExport={listed.length > 0 && !showBin}
          showBin={showBin}
          onNewFromProfile={openNewSop}
          onImported={reload}
          onExportBook={() => void exportListedBook(listed)}
          onExportBureau={() => void exportListedWorkbook(listed)}
          onToggleBin={() => setShowBin(!showBin)}
          onBackups={() => setBackups(true)}
        />
      </div>

      <LibraryProblem onFixed={reload} />
      {statuses && !showBin && <ServerBar statuses={statuses} sendable={sendable.length} />}
      {showBin ? (
        <BinView onChanged={reload} />
      ) : firstRun ? (
        <div className="app-empty-state" data-testid="library-empty">
          <div className="app-empty-mark" aria-hidden="true">
            SOP
          </div>
          <p>{t.empty}</p>
          <div className="app-empty-buttons">
            <button type="button" className="app-primary" onClick={openNewSop}>
              + {t.newFromProfile}
            </button>
            <ImportExcelButton />
            <ImportPdfButton />
            <ImportJsonButton onImported={reload} />
            <button type="button" data-testid="open-sample" onClick={after(openSample)}>
              {t.sample}
            </button>
          </div>
        </div>
      ) : (
        <>
          <FilterBar count={listedCount}>
            <SearchBox
              label={t.search}
              placeholder={t.searchPlaceholder}
              value={query.text}
              testId="library-search"
              onChange={(text) => update({ text })}
            />
            <FilterSelect
              label={t.sort}
              value={query.sort}
              options={sortOptions}
              onChange={(sort) => sort && update({ sort })}
            />
            <FilterSelect
              label={t.unit}
              value={query.unit}
              all={t.allUnits}
              options={units.map((u) => ({
                value: u.unit,
                label: `${u.unit || '–'} (${u.count})`,
              }))}
              testId="filter-unit"
              onChange={(unit) => update({ unit })}
            />
            <FilterSelect
              label={t.status}
              value={query.status}
              all={t.allStatuses}
              options={statusOptions}
              testId="filter-status"
              onChange={(status) => update({ status })}
            />
          </FilterBar>
          {view.kind === 'error' && <p role="alert">{view.message}</p>}
          <table className="app-table app-sop-table">
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.number}</th>
                <th scope="col">{t.unit}</th>
                <th scope="col" title={t.statusHint}>
                  {t.status}
                </th>
                {column && (
                  <th scope="col" title={ts.columnHint}>
                    {ts.column}
                  </th>
                )}
                <th scope="col">{t.updated}</th>
                <th scope="col">{t.revisions}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>{rows}</tbody>
          </table>
          {rows.length === 0 && view.kind !== 'loading' && view.kind !== 'error' && (
            <p className="app-empty">
              {query.text.trim() ? fill(t.noMatch, { text: query.text.trim() }) : t.noFilterMatch}
            </p>
          )}
        </>
      )}
      <SendConfirmDialog listed={listed} />
      {details && detailsStatus && (
        <ServerDetailsDialog
          name={details.name || t.untitled}
          status={detailsStatus}
          onOpen={() => {
            setDetails(null);
            open(details);
          }}
          onSend={() => {
            setDetails(null);
            send(details)();
          }}
          onClose={() => setDetails(null)}
        />
      )}
      {backups && <BackupDialog onClose={() => setBackups(false)} onRestored={reload} />}
      {renaming && (
        <RenameDialog
          name={renaming.name}
          onClose={() => setRenaming(null)}
          onRename={(name) => {
            const target = renaming;
            setRenaming(null);
            void renameSop(target, name).then(reload);
          }}
        />
      )}
    </main>
  );
}
