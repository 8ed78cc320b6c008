// Typed linting for TypeScript and Astro. Prettier owns formatting; ESLint owns correctness.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', '.astro/', '.tools/', 'node_modules/', 'public/', 'tests/fixtures/bad/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
  },
  {
    // astro-eslint-parser reads `project`, not `projectService` (and says so once per file otherwise).
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
  },
  {
    // Code that ships to browsers never imports build-only modules (Node APIs, pinyin, OpenCC, YAML).
    files: ['src/components/**/*.ts', 'src/serviceWorker/**/*.ts', 'src/lib/**/*.ts'],
    ignores: ['src/lib/**/build/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'Node APIs are build-only: keep this in a build/ folder or scripts/.' },
            { group: ['**/build/*'], message: 'build/ modules run at build time only.' },
            { group: ['pinyin-pro', 'opencc-js', 'yaml'], message: 'Build-only dependency.' },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
);
