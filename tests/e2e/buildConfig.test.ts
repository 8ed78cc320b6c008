// A real `astro build` with a bad SITE_URL or BASE_PATH stops at once with one line that says what is
// wrong and shows an example, and no stack trace.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

const build = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'dist-never'], {
    env: { ...process.env, SITE_URL: '', BASE_PATH: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });

it.each([
  [
    { SITE_URL: 'reform-history.example.org' },
    'SITE_URL must be an absolute http(s) URL (got "reform-history.example.org"); for example SITE_URL=https://reform-history.example.org',
  ],
  [
    { BASE_PATH: 'reform-history' },
    'BASE_PATH must start and end with "/" and hold only URL-safe folder names (got "reform-history"); for example BASE_PATH=/reform-history/',
  ],
])('%o fails the build with one line', (env, line) => {
  const result = build(env);
  expect(result.status).not.toBe(0);
  const output = `${result.stdout}${result.stderr}`.trim();
  expect(output).toBe(line);
});
