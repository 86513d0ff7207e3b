// Builds everything the app runs: the renderer (Vite) and the Node-side bundles (esbuild):
// the desktop main and preload, the preview host and the `sop` command, and the worker thread of
// heavy jobs next to the host and the desktop main (they find it beside their own bundle).
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { markBuilt } from './build-state.mjs';

// Shared Node modules locate package files through import.meta.url; give a CommonJS bundle the
// same value.
const cjsImportMeta = {
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
};

await Promise.all([
  viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' }),
  // Split into chunks so each subcommand loads only its own libraries (`sop --help` does not
  // load exceljs, pdfmake or SQLite).
  esbuild({
    ...common,
    entryPoints: ['electron/cli/index.ts'],
    outdir: 'build/cli',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    format: 'esm',
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/host/main.ts'],
    outfile: 'build/host.mjs',
    format: 'esm',
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'build/electron/main.cjs',
    format: 'cjs',
    ...cjsImportMeta,
  }),
  ...['build/sop-worker.cjs', 'build/electron/sop-worker.cjs'].map((outfile) =>
    esbuild({
      ...common,
      entryPoints: ['electron/services/workers/worker.ts'],
      outfile,
      format: 'cjs',
      ...cjsImportMeta,
    }),
  ),
  // A sandboxed preload may only require 'electron': bundle everything else into it.
  esbuild({
    ...common,
    packages: undefined,
    external: ['electron'],
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'build/electron/preload.cjs',
    format: 'cjs',
  }),
]);
markBuilt();
