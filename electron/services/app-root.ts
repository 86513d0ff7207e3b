// Finds the app's install folder (the one with our package.json) from a module's location, so
// source runs (tests, tsx) and bundled runs (build/*.mjs, packaged app) resolve the same paths.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PACKAGE_NAME = 'sop-ap-editor';

export function findAppRoot(fromDir: string): string {
  let dir = fromDir;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && readName(manifest) === PACKAGE_NAME) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package ${PACKAGE_NAME} not found above ${fromDir}`);
    dir = parent;
  }
}

export function readAppVersion(root: string): string {
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string })
    .version;
}

function readName(manifest: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}

export const APP_NAME = 'SOP AP Editor';
