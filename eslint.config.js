import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  { ignores: ['dist/', '.dist-*/', '.test-dist/', '.astro/', 'node_modules/', 'test-results/', '.scratch/'] },
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-strict'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Node runs scripts/, cms/ and the src/ modules they import without Vite, so the `~/` alias
    // (tsconfig paths, which only Astro and Vite read) would not resolve there.
    ignores: ['src/pages/**', 'src/components/**', 'src/layouts/**', 'src/client/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['~/*'], message: 'Node runs this file directly: import with a relative path.' }] }],
    },
  },
  {
    // Browser code stays small: the locale declaration carries every UI string, and the registry
    // carries every schema; pages pass what the browser needs as data attributes instead.
    files: ['src/client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['~/*'], message: 'Node runs this file directly: import with a relative path.' },
            { group: ['**/config/locales.ts', '**/config/site.ts', '**/model/*', '**/model/**'], message: 'Browser code: pass this from the page instead of bundling it.' },
          ],
        },
      ],
    },
  },
  {
    // Pages, components and layouts reach the rest of src/ through `~/`, not `../../../../`.
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['config', 'i18n', 'model', 'utils', 'client', 'styles', 'components', 'layouts', 'integrations', 'sw', 'embed'].flatMap((folder) => [
                `../${folder}/*`,
                `../**/${folder}/*`,
              ]),
              message: 'Import from src/ with the ~/ alias.',
            },
          ],
        },
      ],
    },
  },
);
