// A numbered step of the organisation server's schema (docs/server.md): applied once, in order,
// in one transaction, its checksum recorded, like the local library's (electron/db/migrate.ts).

export type ServerMigration = { id: number; name: string; sql: string };
