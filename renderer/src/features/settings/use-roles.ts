// The organisation's executor role names (Pelaksana, Kepala Seksi …) offered when adding an
// executor: read once from the library, refreshed when the settings change them.

import { useEffect } from 'react';
import { create } from 'zustand';
import { call } from '../../platform/api';

type RolesState = { roles: string[]; loaded: boolean; setRoles: (roles: string[]) => void };

export const useRolesStore = create<RolesState>((set) => ({
  roles: [],
  loaded: false,
  setRoles: (roles) => set({ roles, loaded: true }),
}));

export function useRoles(): string[] {
  const { roles, loaded, setRoles } = useRolesStore();
  useEffect(() => {
    if (loaded) return;
    call('library:roles')
      .then(setRoles)
      // Without the list the executor field is still a free text field: nothing to report.
      .catch(() => setRoles([]));
  }, [loaded, setRoles]);
  return roles;
}
