// Whether build/ is older than the sources it is made from, so `npm start` rebuilds only when needed.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['electron', 'renderer', 'shared', 'resources', 'package.json', 'vite.config.ts'];
const STAMP = 'build/.stamp';

function newestMtime(entry) {
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

export function buildIsCurrent() {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.filter((s) => existsSync(s)).every((s) => newestMtime(s) <= built);
}

export function markBuilt() {
  writeFileSync(STAMP, new Date().toISOString());
}
