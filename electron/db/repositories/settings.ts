// SQL for settings stored as JSON values and for the shared list of executor role names.

import type { Db } from '../connection';

export class SettingsRepository {
  constructor(private readonly db: Db) {}

  get(key: string): unknown {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
      { value: string } | undefined;
    return row === undefined ? undefined : JSON.parse(row.value);
  }

  set(key: string, value: unknown): void {
    this.db
      .prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      )
      .run(key, JSON.stringify(value));
  }

  roles(): string[] {
    const rows = this.db.prepare('SELECT name FROM executor_roles ORDER BY position').all() as {
      name: string;
    }[];
    return rows.map((row) => row.name);
  }

  /** Replaces the list; names differing only in letter case count as one (the first kept). */
  setRoles(names: readonly string[]): void {
    const insert = this.db.prepare(
      'INSERT INTO executor_roles (name, position) VALUES (?, ?) ON CONFLICT (name) DO NOTHING',
    );
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM executor_roles').run();
      names.forEach((name, index) => insert.run(name, index + 1));
    })();
  }
}
