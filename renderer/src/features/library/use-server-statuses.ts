// Every library SOP's standing with the organisation server, read when a server is set and again
// after every change to the library and every send or pull.

import { useEffect, useState } from 'react';
import type { LocalServerStatus } from '../../../../shared/model/server';
import { useServerSettings } from '../../app/server';
import { useServerSync } from '../../app/server-sync';
import { call } from '../../platform/api';

export type ServerStatuses = Record<string, LocalServerStatus>;

/** Null when no server is set (the Server column is not shown). */
export function useServerStatuses(libraryVersion: unknown): ServerStatuses | null {
  const server = useServerSettings();
  const synced = useServerSync((s) => s.version);
  const [statuses, setStatuses] = useState<ServerStatuses | null>(null);
  const configured = Boolean(server?.url);
  useEffect(() => {
    if (!configured) {
      setStatuses(null);
      return;
    }
    let current = true;
    call('server:statuses')
      .then((found) => current && setStatuses(found))
      .catch(() => current && setStatuses({}));
    return () => {
      current = false;
    };
  }, [configured, synced, libraryVersion]);
  return statuses;
}
