// Sampah: SOPs deleted from the library, to restore or delete for good.

import { useCallback, useEffect, useState } from 'react';
import type { SopSummary } from '../../../../shared/model/library';
import { fill, useLanguage, useStrings } from '../../i18n';
import { call } from '../../platform/api';
import { notifyError, reporting } from '../../ui/notices';
import { formatTimestamp } from './format';
import { libraryStrings } from './strings';

export function BinView({ onChanged }: { onChanged: () => void }) {
  const t = useStrings(libraryStrings);
  const language = useLanguage((s) => s.language);
  const [items, setItems] = useState<SopSummary[] | null>(null);

  const load = useCallback(() => {
    call('library:bin').then(setItems).catch(notifyError);
  }, []);
  useEffect(load, [load]);

  const act = async (work: () => Promise<unknown>, message?: string) => {
    const done = await reporting(async () => {
      await work();
      return message ?? null;
    });
    if (!done) return;
    load();
    onChanged();
  };

  if (items === null) return <p className="app-muted">…</p>;
  return (
    <div className="app-bin" data-testid="bin">
      {items.length === 0 ? (
        <p className="app-empty">{t.binEmpty}</p>
      ) : (
        <>
          <table className="app-table app-sop-table">
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.number}</th>
                <th scope="col">{t.updated}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} data-testid="bin-row">
                  <td>{item.name || t.untitled}</td>
                  <td>{item.number}</td>
                  <td>{formatTimestamp(item.deletedAt ?? item.updatedAt, language)}</td>
                  <td className="app-row-actions">
                    <button
                      type="button"
                      onClick={() =>
                        void act(
                          () => call('library:restoreFromBin', item.id),
                          fill(t.restored, { name: item.name || t.untitled }),
                        )
                      }
                    >
                      {t.restore}
                    </button>
                    <button
                      type="button"
                      onClick={() => void act(() => call('library:emptyBin', [item.id]))}
                    >
                      {t.deletePermanently}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="app-danger"
            onClick={() => {
              if (window.confirm(t.emptyBinConfirm)) void act(() => call('library:emptyBin'));
            }}
          >
            {t.emptyBin}
          </button>
        </>
      )}
    </div>
  );
}
