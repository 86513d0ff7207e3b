// What the editor takes from the organisation's settings: the executor role names (Pelaksana,
// Kepala Seksi …) offered when adding an executor or starting an SOP, and the working day the
// total time counts a *hari* in. Read once from the library, refreshed when the settings change.

import { useEffect } from 'react';
import { create } from 'zustand';
import { DEFAULT_WORKDAY_HOURS } from '../../../shared/model/library';
import { call } from '../platform/api';

type OrganisationState = {
  roles: string[];
  workdayHours: number;
  loaded: boolean;
  setRoles: (roles: string[]) => void;
  setWorkdayHours: (hours: number) => void;
};

export const useOrganisation = create<OrganisationState>((set) => ({
  roles: [],
  workdayHours: DEFAULT_WORKDAY_HOURS,
  loaded: false,
  setRoles: (roles) => set({ roles }),
  setWorkdayHours: (workdayHours) => set({ workdayHours }),
}));

let loading: Promise<void> | null = null;

/** Reads the settings once; without them the role field is free text and a day is 8 hours. */
export function loadOrganisation(): Promise<void> {
  loading ??= Promise.all([call('library:roles'), call('library:profile')])
    .then(([roles, profile]) =>
      useOrganisation.setState({ roles, workdayHours: profile.workdayHours, loaded: true }),
    )
    .catch(() => useOrganisation.setState({ loaded: true }));
  return loading;
}

function useLoaded(): void {
  const loaded = useOrganisation((s) => s.loaded);
  useEffect(() => {
    if (!loaded) void loadOrganisation();
  }, [loaded]);
}

export function useRoles(): string[] {
  useLoaded();
  return useOrganisation((s) => s.roles);
}

export function useWorkdayHours(): number {
  useLoaded();
  return useOrganisation((s) => s.workdayHours);
}
