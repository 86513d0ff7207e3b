// The register as the screen shows it: the filters (unit, status, server full-text search), the
// page, the rows the server returned and whether the login is the bureau's; reloaded after a
// review or a decree.

import { useCallback, useEffect, useState } from 'react';
import type { RegisterView } from '../../../../shared/api';
import type { ServerStatus } from '../../../../shared/model/server';
import { call } from '../../platform/api';
import { errorText } from '../../ui/error-text';

export const REGISTER_PAGE = 50;

export type RegisterFilter = {
  unit: string;
  status: ServerStatus | '';
  search: string;
  page: number;
};

export type RegisterState =
  { kind: 'loading' } | { kind: 'error'; message: string } | ({ kind: 'ready' } & RegisterView);

const SEARCH_DELAY_MS = 250;

export function useRegister(filter: RegisterFilter) {
  const [state, setState] = useState<RegisterState>({ kind: 'loading' });
  const [units, setUnits] = useState<string[]>([]);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let current = true;
    const load = async () => {
      try {
        const view = await call('server:register', {
          ...(filter.unit ? { unit: filter.unit } : {}),
          ...(filter.status ? { status: filter.status } : {}),
          ...(filter.search.trim() ? { search: filter.search.trim() } : {}),
          offset: filter.page * REGISTER_PAGE,
          limit: REGISTER_PAGE,
        });
        if (current) setState({ kind: 'ready', ...view });
      } catch (error) {
        if (current) setState({ kind: 'error', message: errorText(error) });
      }
    };
    const timer = setTimeout(() => void load(), filter.search.trim() ? SEARCH_DELAY_MS : 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [filter.unit, filter.status, filter.search, filter.page, version]);

  useEffect(() => {
    call('server:units').then(setUnits, () => setUnits([]));
  }, [version]);

  return { state, units, reload };
}
