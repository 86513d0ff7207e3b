#!/usr/bin/env node
// npm bin launcher for `sop`: runs the bundled CLI built by `npm run build` (done by `npm ci`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../../build/cli/index.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('Perintah sop belum dibangun. Jalankan "npm run build" terlebih dahulu.\n');
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
