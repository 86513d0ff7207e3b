// Runs the bundled `sop` command as a real subprocess.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const CLI = path.resolve('build/cli/index.mjs');

export type RunSopOptions = {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Runs as this user id (and its group), from a root test: permissions then apply. */
  uid?: number;
};

export function runSop(args: string[], options: RunSopOptions = {}) {
  if (!existsSync(CLI))
    throw new Error('build/cli/index.mjs is missing: run "npm run build" first');
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
