// The library list as the screen shows it: the current query (sort, unit, status, search text),
// its results, the units for the filter, and a reload after every change to the library.

import { useCallback, useEffect, useState } from 'react';
import type {
  SearchHit,
  SopSortKey,
  SopStatusFilter,
  SopSummary,
  UnitCount,
} from '../../../../shared/model/library';
import { matchesStatusFilter } from '../../../../shared/model/library';
import { call } from '../../platform/api';
import { errorText } from '../../ui/error-text';

export type LibraryQuery = {
  sort: SopSortKey;
  unit: string;
  status: SopStatusFilter | '';
  text: string;
};

export type LibraryView =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'list'; total: number; items: SopSummary[] }
  | { kind: 'search'; hits: SearchHit[] };

const SEARCH_DELAY_MS = 200;

export function useLibrary(query: LibraryQuery) {
  const [view, setView] = useState<LibraryView>({ kind: 'loading' });
  const [units, setUnits] = useState<UnitCount[]>([]);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let current = true;
    const text = query.text.trim();
    const load = async () => {
      try {
        const [next, unitList] = await Promise.all([
          text === ''
            ? call('library:list', {
                sort: query.sort,
                direction: query.sort === 'updated' ? 'desc' : 'asc',
                unit: query.unit || undefined,
                status: query.status || undefined,
                limit: 1000,
              }).then((page): LibraryView => ({ kind: 'list', ...page }))
            : call('library:search', text).then((hits): LibraryView => ({
                kind: 'search',
                hits: hits.filter(
                  (hit) =>
                    (!query.unit || hit.summary.unit === query.unit) &&
                    (!query.status || matchesStatusFilter(hit.summary, query.status)),
                ),
              })),
          call('library:units'),
        ]);
        if (!current) return;
        setView(next);
        setUnits(unitList);
      } catch (error) {
        if (current) setView({ kind: 'error', message: errorText(error) });
      }
    };
    const timer = setTimeout(() => void load(), text === '' ? 0 : SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query.sort, query.unit, query.status, query.text, version]);

  return { view, units, reload };
}
