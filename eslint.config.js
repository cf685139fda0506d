// Lint rules of Lotse (`npm run lint` runs this, prettier and the import boundaries). Type-aware:
// a promise nobody awaits or handles is an error (a failed write would go unnoticed), and so is unused code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Query builders of Kysely, called on a database or transaction: only repositories hold SQL.
const queryBuilders = 'selectFrom|insertInto|updateTable|deleteFrom|selectNoFrom|replaceInto|mergeInto';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      '.test-data/**',
      'src/views/assets/**',
      'docs/**',
      'scripts/**',
      'bin/**',
      '*.config.js',
      '.dependency-cruiser.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // node:test's test() and describe() return promises the runner itself waits for.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['test', 'describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach'],
            },
          ],
        },
      ],
      // Its fixes break narrowings that JSX needs (`h${n}` as 'h2' | 'h3').
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Kysely's expression builder is meant to be destructured (`({ exists, selectFrom }) => …`).
      '@typescript-eslint/unbound-method': 'off',
      // Fastify handlers and hooks are async by contract, with or without an await inside.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `typeof import('…')` keeps lazily loaded modules out of the start (src/cli/main.ts).
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    // Tests read JSON answers, whose shape the assertions check.
    files: ['test/**', 'bench/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // A migration is frozen in time: it must not depend on today's table types, so it takes Kysely<any>.
    files: ['src/db/migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unsafe-argument': 'off' },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/*.repository.ts', 'src/db/**', 'src/seed/**', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.property.name=/^(${queryBuilders})$/]`,
          message: 'SQL belongs in a *.repository.ts of the module (or the platform); call a repository function from the service.',
        },
        { selector: "TaggedTemplateExpression[tag.name='sql']", message: 'Raw SQL belongs in a *.repository.ts.' },
      ],
    },
  },
);
