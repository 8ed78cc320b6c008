// Timeline annotations are content: validated against the milestones they stand for.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/build/contentFiles.ts';
import { formatIssue } from '../../../src/lib/content/contentIssues.ts';

let dirs: string[] = [];
afterEach(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  dirs = [];
});

function withAnnotations(yaml: string) {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  dirs.push(root);
  cpSync('tests/fixtures/content', root, { recursive: true });
  writeFileSync(join(root, 'annotations.yaml'), yaml);
  const { dataset, issues } = readContent(root);
  return { root, dataset, messages: issues.map(formatIssue) };
}

const record = (year: number, milestones: string[]) => `- id: moment
  year: ${year}
  label: { zh: 某事, en: Something }
  row: { zh: 某事, en: Something }
  milestones: [${milestones.join(', ')}]
`;

describe('annotations', () => {
  it('are read and validated with the rest of the content', () => {
    const { dataset, messages } = withAnnotations(record(2005, ['dongcheng-2005-grid', 'dongcheng-2005-grid']));
    expect(messages).toEqual([]);
    expect(dataset.annotations.map((a) => a.data.id)).toEqual(['moment']);
  });

  it('name milestones that exist, dated in their year', () => {
    const { root, messages } = withAnnotations(record(2005, ['dongcheng-1980-first', 'no-such-milestone']));
    expect(messages).toEqual([
      `${root}/annotations.yaml › moment › milestones[0]: "dongcheng-1980-first" is dated 1980, not in 2005`,
      `${root}/annotations.yaml › moment › milestones[1]: unknown milestone "no-such-milestone"`,
    ]);
  });

  it('line up at least two milestones', () => {
    const { root, messages } = withAnnotations(record(2005, ['dongcheng-2005-grid']));
    expect(messages).toEqual([
      `${root}/annotations.yaml › moment › milestones: must name the milestones it lines up (at least two)`,
    ]);
  });
});

describe('key events', () => {
  it('are marked with key: true, a boolean', () => {
    const { dataset } = readContent('content');
    const keys = dataset.milestones.filter((m) => m.data.key).map((m) => m.data.id);
    expect(keys).toContain('dongcheng-2005-grid-management');
    expect(keys.length).toBeGreaterThan(5);
  });
});
