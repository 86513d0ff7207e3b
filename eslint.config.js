// Lint: TypeScript rules plus the layer boundaries of docs/architecture.md (shared/ is pure;
// electron/ and renderer/ never import each other; only electron/main and electron/preload import
// 'electron'; inside the renderer only the frame, features/shell, composes the features).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const platformModules = ['electron', 'better-sqlite3', 'pdfmake', 'exceljs', 'react', 'react-dom'];
const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'crypto',
  'url',
  'zlib',
  'stream',
];
const nodePatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];

const rendererBase = {
  paths: ['electron', 'better-sqlite3', 'pdfmake', 'exceljs'].map((name) => ({
    name,
    message: 'The renderer reaches the Node side only through src/platform/api.ts.',
  })),
  patterns: [
    { group: nodePatterns, message: 'The renderer runs in the browser.' },
    { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
  ],
};

/** The rule for a part of the renderer: the base rules plus imports of folders it must not use. */
function rendererImports(forbidden) {
  return {
    paths: rendererBase.paths,
    patterns: [
      ...rendererBase.patterns,
      ...forbidden.map(([folders, message]) => ({
        // A relative import that reaches into one of the folders.
        regex: `^(\\.{1,2}/)+(${folders.join('|')})(/|$)`,
        message,
      })),
    ],
  };
}

const FEATURES = readdirSync(new URL('renderer/src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const ROOMS_ONLY =
  'Only the frame (features/shell) composes features; app/, ui/, platform/, state/, commands/ and document/ never import them.';

/** Where each part of the renderer may reach: the frame composes, the rest is shared. */
function rendererRooms() {
  const room = (files, forbidden) => ({
    files,
    rules: { 'no-restricted-imports': ['error', rendererImports(forbidden)] },
  });
  return [
    ...FEATURES.filter((name) => name !== 'shell').map((name) =>
      room(
        [`renderer/src/features/${name}/**`],
        [
          [
            ['shell'],
            'Features do not import the frame (features/shell); the frame composes them.',
          ],
          [
            FEATURES.filter((other) => other !== name && other !== 'shell'),
            'A feature does not import another feature: the frame composes them, and what two features share goes to ui/, app/, platform/, state/, commands/ or document/.',
          ],
        ],
      ),
    ),
    room(
      ['renderer/src/platform/**'],
      [
        [
          ['app', 'ui', 'state', 'commands', 'document', 'features'],
          'platform/ holds the bridges to the Node side and the desktop app: it imports only shared/.',
        ],
      ],
    ),
    room(
      ['renderer/src/ui/**'],
      [
        [
          ['app', 'commands', 'document', 'features'],
          'ui/ holds the shared pieces of the interface: it knows no app state, command or feature.',
        ],
      ],
    ),
    room(
      ['renderer/src/{app,state,commands,document}/**', 'renderer/src/i18n.ts'],
      [[['features'], ROOMS_ONLY]],
    ),
  ];
}

export default tseslint.config(
  { ignores: ['node_modules', 'build', 'dist', 'release', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: platformModules.map((name) => ({ name, message: 'shared/ is pure TypeScript.' })),
          patterns: [
            { group: nodePatterns, message: 'shared/ must not use Node modules.' },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ imports nothing else.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'No default exports in shared/.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', rendererImports([])] },
  },
  ...rendererRooms(),
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: "Only electron/main and electron/preload import 'electron'.",
            },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }],
        },
      ],
    },
  },
);
