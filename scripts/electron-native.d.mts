/** Path of better-sqlite3 built for the installed Electron, building it when missing; null on failure. */
export function electronSqliteBinding(): string | null;
