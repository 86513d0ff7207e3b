// A throw-away PostgreSQL cluster for the server tests: `initdb` in a temp folder with scram
// passwords, started by `pg_ctl` on a free port, removed by `stop()`. PostgreSQL refuses to run
// as root, so under root (CI) the server programs run as the `postgres` user. With `tls`, a
// self-signed CA signs the server's certificate for `localhost`; the CA file is for the client's
// `sslrootcert`.

import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type TestCluster = {
  port: number;
  /** The superuser's URL (database `sop`), for `sop server setup` and `add-unit`. */
  adminUrl: string;
  /** The CA that signed the server's certificate, when started with `tls`. */
  caFile?: string;
  folder: string;
  start(): void;
  stop(): void;
  /** Stops the server and removes its folder. */
  remove(): void;
};

const ADMIN_PASSWORD = 'admin-test-password';

/** The folder of `initdb` and `pg_ctl`: on PATH, else Debian's versioned folder. */
export function postgresBin(): string {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const dir = join(root, version, 'bin');
    if (existsSync(join(dir, 'initdb'))) return dir;
  }
  throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function postgresUser(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** Runs a server program as the `postgres` user under root, else as ourselves. */
function runServerProgram(program: string, args: string[]): void {
  const [file, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', program, ...args]]
    : [program, args];
  execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: '/' });
}

function ownByServer(path: string): void {
  if (!asRoot) return;
  const { uid, gid } = postgresUser();
  chownSync(path, uid, gid);
}

function makeCertificates(folder: string): { caFile: string; certFile: string; keyFile: string } {
  const file = (name: string) => join(folder, name);
  const ssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  ssl(
    ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2'],
    ...['-subj', '/CN=SOP Test CA', '-keyout', file('ca.key'), '-out', file('ca.crt')],
  );
  ssl(
    ...['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost'],
    ...['-keyout', file('server.key'), '-out', file('server.csr')],
  );
  writeFileSync(file('san.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
  ssl(
    ...['x509', '-req', '-in', file('server.csr'), '-CA', file('ca.crt'), '-CAkey', file('ca.key')],
    ...['-CAcreateserial', '-days', '2', '-extfile', file('san.ext'), '-out', file('server.crt')],
  );
  chmodSync(file('server.key'), 0o600);
  for (const name of ['server.key', 'server.crt']) ownByServer(file(name));
  return { caFile: file('ca.crt'), certFile: file('server.crt'), keyFile: file('server.key') };
}

/** Creates and starts a cluster with a database `sop`; `remove()` it when done. */
export async function startTestCluster(options: { tls?: boolean } = {}): Promise<TestCluster> {
  const bin = postgresBin();
  const folder = mkdtempSync(join(tmpdir(), 'sop-pg-'));
  chmodSync(folder, 0o755);
  ownByServer(folder);
  const data = join(folder, 'data');
  const pwfile = join(folder, 'pw');
  writeFileSync(pwfile, ADMIN_PASSWORD);
  ownByServer(pwfile);
  runServerProgram(join(bin, 'initdb'), [
    ...['-D', data, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${pwfile}`],
    ...['-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'],
  ]);
  rmSync(pwfile);
  const certificates = options.tls ? makeCertificates(folder) : undefined;
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${folder}`,
    "-c listen_addresses='127.0.0.1'",
    '-c fsync=off',
    ...(certificates
      ? [
          '-c ssl=on',
          `-c ssl_cert_file=${certificates.certFile}`,
          `-c ssl_key_file=${certificates.keyFile}`,
        ]
      : []),
  ].join(' ');
  const log = join(folder, 'server.log');
  const start = () =>
    runServerProgram(join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-o', settings, '-w', 'start']);
  const stop = () => {
    if (existsSync(join(data, 'postmaster.pid'))) {
      runServerProgram(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    }
  };
  start();
  const base = `postgres://postgres:${ADMIN_PASSWORD}@127.0.0.1:${port}`;
  execFileSync('psql', [`${base}/postgres`, '-qc', 'CREATE DATABASE sop'], { stdio: 'pipe' });
  return {
    port,
    adminUrl: `${base}/sop`,
    caFile: certificates?.caFile,
    folder,
    start,
    stop,
    remove() {
      stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
