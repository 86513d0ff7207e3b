// Starts the built preview host as a real child process with its own temp data folder and
// returns the address it prints; used by e2e tests and the start-up integration test.

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type HostProcess = {
  url: string;
  origin: string;
  dataDir: string;
  stop: () => Promise<void>;
};

/** How long a host may take to close its library and server before it is killed. */
const STOP_GRACE_MS = 5_000;

/** `prepare` may put files into the new data folder before the host starts. */
export async function launchHost(
  extraArgs: string[] = [],
  prepare?: (dataDir: string) => void,
): Promise<HostProcess> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sop-e2e-'));
  prepare?.(dataDir);
  const child = spawn(process.execPath, ['build/host.mjs', '--data-dir', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async (): Promise<void> => {
    await ended(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  const url = await waitForUrl(child).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, origin: new URL(url).origin, dataDir, stop };
}

/** Asks the host to end and waits until it has; one that does not end in time is killed. */
async function ended(child: ChildProcess): Promise<void> {
  // Already gone (crashed, or stopped twice): waiting for 'exit' again would wait for ever.
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(kill);
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${output}`));
    });
  });
}
