// `node build/host.mjs [--port N] [--data-dir DIR]`: the editor in a browser on 127.0.0.1.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { APP_NAME, findAppRoot, readAppVersion } from '../services/app-root';
import { createApiHandlers, OUTBOX_EVERY_MS } from '../services/api';
import { resolveDataDir } from '../services/library/data-dir';
import { LibrarySession } from '../services/library/session';
import { startHost } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Port tidak sah: ${values.port}. Gunakan angka 1–65535.`);
    process.exit(2);
  }
  const root = findAppRoot(path.dirname(fileURLToPath(import.meta.url)));
  const handlers = createApiHandlers({
    appInfo: { name: APP_NAME, version: readAppVersion(root), shell: 'preview' },
    resourcesDir: path.join(root, 'resources'),
    library: new LibrarySession(resolveDataDir({ dataDir: values['data-dir'], env: process.env })),
    outboxEveryMs: OUTBOX_EVERY_MS,
  });
  const host = await startHost({
    handlers,
    rendererDir: path.join(root, 'build', 'renderer'),
    port,
  });
  console.log(`${APP_NAME} (pratinjau peramban) berjalan di ${host.url}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
