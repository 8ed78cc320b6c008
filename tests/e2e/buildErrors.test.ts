// A real `astro build` over bad content stops with the validator's precise message.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('a bad-content fixture fails the build with file, record, field and reason', () => {
  const root = mkdtempSync(join(tmpdir(), 'bad-build-'));
  try {
    const content = join(root, 'content');
    cpSync('tests/fixtures/content', content, { recursive: true });
    cpSync('tests/fixtures/bad/date-outside-era', content, { recursive: true });
    const result = spawnSync(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(root, 'dist')],
      {
        env: { ...process.env, CONTENT_DIR: content },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      `${content}/milestones/fixture-doc.yaml › dongcheng-1980-first › date: 1990 lies outside its era "dongcheng-1978" (1978–1985)`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
