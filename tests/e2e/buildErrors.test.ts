// The real commands over bad content: `npm run validate` and `astro build` stop with the same exact
// lines (file › record › field: reason), and the build ends with them alone: no stack trace, no hint.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_CASES, contentWith } from '../fixtures/bad/cases.ts';
import { astroBuild, validateContent } from './build.ts';

const build = (root: string) => astroBuild(join(root, '..', 'dist'), root);

/** The report both commands print: each problem's line, then the count. */
const report = (lines: string[], root: string) =>
  `${lines.join('\n')}\n\n${lines.length} problem${lines.length === 1 ? '' : 's'} in ${root}/`;

// The cases run side by side: each is a separate process, mostly waiting for Astro to start.
describe.concurrent.each(BAD_CASES.filter((c) => c.lines('').length > 0).map((c) => [c.name, c] as const))(
  '%s',
  (_, bad) => {
    it('validate and the build print the same lines, and nothing else', { timeout: 180_000 }, async ({ expect }) => {
      const { root, dispose } = contentWith(bad.name);
      try {
        const expected = report(bad.lines(root), root);
        const [checked, built] = await Promise.all([validateContent(root), build(root)]);
        expect(checked.status).toBe(1);
        expect(checked.stderr.trim()).toBe(expected);

        expect(built.status).toBe(1);
        expect(built.stderr.trim()).toBe(expected);
        expect(built.stdout).not.toMatch(/^\s+at |Hint|error/im);
      } finally {
        dispose();
      }
    });
  },
);

it('builds an MDX file saved with a byte-order mark as if it had none', { timeout: 180_000 }, async () => {
  const { root, dispose } = contentWith(null, 'content');
  try {
    const file = join(root, 'eras/zh/dongcheng-1978.mdx');
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
    expect((await validateContent(root)).stdout).toMatch(/^content is valid/);
    const built = await build(root);
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    const page = readFileSync(join(root, '..', 'dist/eras/dongcheng-1978/index.html'), 'utf8');
    const title = /^title: (.*)$/m.exec(readFileSync(file, 'utf8'))![1].replace(/^["']|["']$/g, '');
    expect(page).toContain(title);
  } finally {
    dispose();
  }
});
