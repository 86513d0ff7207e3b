// The organisation server as the app knows it: the stored connection (never the password), read
// once from the library and replaced when Pengaturan connects or forgets it. The library offers
// the register when a server is set; the register offers review and decree to the bureau.

import { useEffect } from 'react';
import { create } from 'zustand';
import type { ServerSettings } from '../../../shared/api';
import { call } from '../platform/api';

type ServerState = { settings: ServerSettings | null };

export const useServer = create<ServerState>(() => ({ settings: null }));

let loading: Promise<void> | null = null;

/** Reads the stored connection once; a library that cannot be read means no server. */
export function loadServer(): Promise<void> {
  loading ??= call('server:settings')
    .then((settings) => useServer.setState({ settings }))
    .catch(() => undefined);
  return loading;
}

export function setServerSettings(settings: ServerSettings): void {
  useServer.setState({ settings });
}

/** The stored connection, loading it on first use (null until read). */
export function useServerSettings(): ServerSettings | null {
  const settings = useServer((s) => s.settings);
  useEffect(() => {
    if (settings === null) void loadServer();
  }, [settings]);
  return settings;
}
