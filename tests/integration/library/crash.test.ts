// Crash safety: a child process writes drafts and revisions and is killed with SIGKILL at
// random moments, 200 times. After each kill the library must pass the full integrity check,
// every revision the writer reported as committed must be intact, and the draft must be one of
// the states the writer tried to store.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { unpackDocument } from '../../../electron/db/document-codec';
import { libraryFile } from '../../../electron/services/library/data-dir';
import { corpusText, openTestLibrary, tempDir } from './helpers';

const KILLS = 200;
const ROOT = path.resolve(__dirname, '../../..');

type RoundReport = { drafts: string[]; revisions: [number, string][]; opened: boolean };

/** When to kill: some time after start, or a few milliseconds after the n-th reported write. */
type KillPlan = { afterStartMs: number } | { afterWrites: number; delayMs: number };

/**
 * Runs the writer and kills it as planned. Counting reported writes (rather than waiting a fixed
 * time) keeps the kills inside the write loop however slow a busy machine makes start-up.
 */
function runUntilKilled(script: string, args: string[], plan: KillPlan): Promise<RoundReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const kill = () => child.kill('SIGKILL');
    let timer = 'afterStartMs' in plan ? setTimeout(kill, plan.afterStartMs) : undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const writes = out.split('\n').length - 2;
      if (timer === undefined && 'afterWrites' in plan && writes >= plan.afterWrites) {
        timer = setTimeout(kill, plan.delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`writer ended by itself (code ${code}): ${err}`));
        return;
      }
      const report: RoundReport = { drafts: [], revisions: [], opened: false };
      for (const line of out.split('\n')) {
        const [kind, a, b] = line.split(' ');
        if (kind === 'open') report.opened = true;
        if (kind === 'draft') report.drafts.push(a!);
        if (kind === 'revision') report.revisions.push([Number(a), b!]);
      }
      resolve(report);
    });
  });
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

type LaneResult = { committed: number; opened: number; killedWhileWriting: number };

/** One library and one writer, killed `rounds` times, checked after every kill. */
async function runLane(script: string, dataDir: string, rounds: number): Promise<LaneResult> {
  const setup = openTestLibrary(dataDir);
  const id = setup.importText(corpusText('02-jambore-imp.sop.json')).summary.id;
  setup.close();
  const db0 = new Database(libraryFile(dataDir), { readonly: true });
  const initialDraft = unpackDocument(
    (db0.prepare('SELECT draft FROM sops').get() as { draft: Buffer }).draft,
  );
  db0.close();
  const draftStates = new Set([sha(initialDraft)]);
  const committed = new Map<number, string>([[1, sha(initialDraft)]]);
  let opened = 0;
  let killedWhileWriting = 0;

  for (let round = 0; round < rounds; round++) {
    const random = (below: number) => Math.floor(Math.random() * below);
    const plan: KillPlan =
      round % 10 === 0
        ? { afterStartMs: random(400) }
        : { afterWrites: random(12), delayMs: random(6) };
    const report = await runUntilKilled(script, [dataDir, id, String(round)], plan);
    report.drafts.forEach((state) => draftStates.add(state));
    if (report.opened) opened++;
    if (report.drafts.length > 0) killedWhileWriting++;

    const db = new Database(libraryFile(dataDir));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const sop = db
        .prepare('SELECT draft, draft_sha AS draftSha FROM sops WHERE id = ?')
        .get(id) as {
        draft: Buffer;
        draftSha: string;
      };
      expect(sha(unpackDocument(sop.draft))).toBe(sop.draftSha);
      expect(draftStates.has(sop.draftSha)).toBe(true);
      const stored = new Map(
        (
          db.prepare('SELECT number, sha FROM revisions').all() as { number: number; sha: string }[]
        ).map((r) => [r.number, r.sha]),
      );
      for (const [number, expected] of report.revisions) {
        const { document } = db
          .prepare('SELECT document FROM revisions WHERE number = ?')
          .get(number) as {
          document: Buffer;
        };
        expect(sha(unpackDocument(document))).toBe(expected);
        committed.set(number, expected);
      }
      for (const [number, expected] of committed) expect(stored.get(number)).toBe(expected);
    } finally {
      db.close();
    }
  }

  // Every revision reported in any round, read back in full once more through the library.
  const library = openTestLibrary(dataDir);
  for (const [number, expected] of committed) {
    expect(sha(JSON.stringify(library.openRevision(id, number).document))).toBe(expected);
  }
  library.close();
  return { committed: committed.size, opened, killedWhileWriting };
}

describe('crash safety', () => {
  it(
    `survives ${KILLS} kills with SIGKILL without losing a committed revision`,
    { timeout: 300_000 },
    async () => {
      const dir = tempDir();
      const script = path.join(dir, 'crash-writer.cjs');
      // One bundle, so each of the 200 starts costs a plain `node` start, not a TypeScript load.
      await build({
        entryPoints: [path.join(__dirname, 'crash-writer.ts')],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outfile: script,
        external: ['better-sqlite3'],
        minify: true,
        logLevel: 'silent',
      });
      // Two independent libraries side by side halve the wall time on a two-core machine.
      const lanes = await Promise.all(
        [0, 1].map((lane) => runLane(script, path.join(dir, `data-${lane}`), KILLS / 2)),
      );
      const total = (key: keyof LaneResult) => lanes.reduce((sum, lane) => sum + lane[key], 0);
      // Most kills must have landed while the writer was working, not during start-up.
      expect(total('killedWhileWriting')).toBeGreaterThan(KILLS * 0.8);
      expect(total('opened')).toBeGreaterThan(KILLS * 0.8);
      expect(total('committed')).toBeGreaterThan(KILLS / 20);
    },
  );
});
