// A schema migration: numbered, append-only (never edit one that was released), run in one
// transaction and recorded with the checksum of its SQL.

export type Migration = { id: number; name: string; sql: string };
