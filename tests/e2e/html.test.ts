// Every built page is valid HTML according to the Nu Html Checker (vnu-jar, on the machine's Java).
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('has no HTML errors in any page', () => {
  const result = spawnSync(
    'java',
    [
      // One run over the site is too short for the optimizing compiler to pay back: the quick one alone
      // halves the checker's CPU time. Its deeper stack frames need a larger stack than the default.
      '-XX:TieredStopAtLevel=1',
      '-Xss8m',
      '-jar',
      'node_modules/vnu-jar/build/dist/vnu.jar',
      '--skip-non-html',
      '--errors-only',
      '--format',
      'text',
      process.env.DIST_DIR ?? 'dist',
    ],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  expect(result.error, 'java is needed for vnu-jar').toBeUndefined();
  const errors = `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('Document checking completed'));
  expect(errors).toEqual([]);
  expect(result.status).toBe(0);
});
