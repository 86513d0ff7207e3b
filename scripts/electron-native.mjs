// better-sqlite3 for Electron, built beside the Node build so one checkout runs both: tests, CLI
// and preview host load node_modules' Node binding; `npm start` hands Electron this one through
// SOP_SQLITE_BINDING (packaged apps get a binding rebuilt by electron-builder instead).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export function electronSqliteBinding() {
  const electronVersion = JSON.parse(
    readFileSync(require.resolve('electron/package.json'), 'utf8'),
  ).version;
  const target = path.resolve(
    'build',
    'native',
    `electron-${electronVersion}`,
    'better_sqlite3.node',
  );
  if (existsSync(target)) return target;

  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  const work = path.resolve('build', 'native', 'src');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build`) });

  const electronArgs = ['--runtime=electron', `--target=${electronVersion}`];
  // A prebuilt binary when the network allows, else a build against Electron's headers.
  const prebuilt = spawnSync(
    process.execPath,
    [require.resolve('prebuild-install/bin.js'), ...electronArgs],
    { cwd: work, stdio: 'inherit' },
  );
  if (prebuilt.status !== 0) {
    const built = spawnSync(
      process.execPath,
      [
        require.resolve('node-gyp/bin/node-gyp.js'),
        'rebuild',
        '--release',
        ...electronArgs,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, stdio: 'inherit' },
    );
    if (built.status !== 0) return null;
  }
  mkdirSync(path.dirname(target), { recursive: true });
  cpSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  rmSync(work, { recursive: true, force: true });
  return target;
}
