// `npm start`: the desktop app where the Electron runtime is (or can be) installed; otherwise
// the same editor in the browser preview on 127.0.0.1. Arguments after `--` go to the app/host.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { buildIsCurrent } from './build-state.mjs';
import { electronSqliteBinding } from './electron-native.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

function electronBinary() {
  try {
    return require('electron'); // the path of the runtime; throws when it was never downloaded
  } catch {
    return null;
  }
}

function fetchElectron() {
  // First start on an office PC: download the runtime that `npm ci` skipped (allowScripts).
  const result = spawnSync(process.execPath, [require.resolve('electron/install.js')], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  return result.status === 0 ? electronBinary() : null;
}

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

if (!buildIsCurrent()) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const electron = electronBinary() ?? fetchElectron();
if (electron) {
  const binding = electronSqliteBinding();
  if (!binding) {
    console.error('Modul SQLite untuk Electron tidak dapat dibangun; lihat pesan di atas.');
    process.exit(1);
  }
  run(electron, ['.', ...args], { ...process.env, SOP_SQLITE_BINDING: binding });
} else {
  console.log(
    'Runtime Electron tidak tersedia di mesin ini; editor dibuka sebagai pratinjau peramban.',
  );
  run(process.execPath, ['build/host.mjs', ...args]);
}
