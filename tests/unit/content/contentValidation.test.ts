// Bad content must fail with one precise line: file › record › field: reason.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/build/contentFiles.ts';
import { formatIssue, ContentError, fieldPath } from '../../../src/lib/content/contentIssues.ts';

const VALID = 'tests/fixtures/content';
let dirs: string[] = [];
afterEach(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  dirs = [];
});

function withFixture(bad: string): { root: string; messages: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  dirs.push(root);
  cpSync(VALID, root, { recursive: true });
  cpSync(join('tests/fixtures/bad', bad), root, { recursive: true });
  return { root, messages: readContent(root).issues.map(formatIssue) };
}

describe('the valid fixture', () => {
  it('has no problems', () => {
    const { dataset, issues } = readContent(VALID);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(dataset.milestones.map((m) => m.key)).toEqual(['dongcheng-1980-first', 'dongcheng-2005-grid']);
  });
});

describe('bad content fixtures', () => {
  it('wrong type', () => {
    const { root, messages } = withFixture('wrong-type');
    expect(messages).toEqual([
      `${root}/milestones/fixture-doc.yaml › dongcheng-1980-first › themes: Invalid input: expected array, received string`,
    ]);
  });
  it('unknown reference', () => {
    const { root, messages } = withFixture('unknown-reference');
    expect(messages).toContain(
      `${root}/milestones/fixture-doc.yaml › dongcheng-1980-first › era: unknown era "dongcheng-1999" (known: dongcheng-1978, dongcheng-1986)`,
    );
  });
  it('date outside its era', () => {
    const { root, messages } = withFixture('date-outside-era');
    expect(messages).toEqual([
      `${root}/milestones/fixture-doc.yaml › dongcheng-1980-first › date: 1990 lies outside its era "dongcheng-1978" (1978–1985)`,
    ]);
  });
  it('duplicate id', () => {
    const { root, messages } = withFixture('duplicate-id');
    expect(messages).toContain(
      `${root}/milestones/fixture-doc.yaml › dongcheng-1980-first › id: duplicate id: "dongcheng-1980-first" is already defined in ${root}/milestones/fixture-doc.yaml`,
    );
  });
  it('empty title', () => {
    const { root, messages } = withFixture('empty-title');
    expect(messages).toEqual([`${root}/milestones/fixture-doc.yaml › dongcheng-2005-grid › title.zh: must not be empty`]);
  });
});

describe('other checks', () => {
  it('reports YAML syntax errors with the file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    dirs.push(root);
    cpSync(VALID, root, { recursive: true });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(root, 'places/dongcheng.yaml'), '- id: [unclosed\n');
    const messages = readContent(root).issues.map(formatIssue);
    expect(messages[0]).toMatch(new RegExp(`^${root}/places/dongcheng.yaml › \\(file\\) › \\(file\\): YAML syntax:`));
  });
  it('finds an era without its other language and a gap between eras', async () => {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    dirs.push(root);
    cpSync(VALID, root, { recursive: true });
    const { rmSync: rm, readFileSync, writeFileSync } = await import('node:fs');
    rm(join(root, 'eras/en/dongcheng-1978.mdx'));
    for (const l of ['zh', 'en']) {
      const f = join(root, `eras/${l}/dongcheng-1986.mdx`);
      writeFileSync(f, readFileSync(f, 'utf8').replace('start: 1986', 'start: 1987'));
    }
    const messages = readContent(root).issues.map(formatIssue);
    expect(messages).toContain(`${root}/eras/zh/dongcheng-1978.mdx › zh/dongcheng-1978 › (file): missing its en version (eras/en/dongcheng-1978.mdx)`);
    expect(messages).toContain(`${root}/eras/zh/dongcheng-1986.mdx › zh/dongcheng-1986 › start: 1987 does not follow era "dongcheng-1978" (ends 1985): expected 1986`);
  });
  it('ContentError lists every problem and fieldPath reads naturally', () => {
    const error = new ContentError([{ file: 'f.yaml', record: 'r', field: 'title.zh', message: 'must not be empty' }]);
    expect(error.message).toBe('Content is invalid (1 problem):\nf.yaml › r › title.zh: must not be empty');
    expect(fieldPath(['themes', 0])).toBe('themes[0]');
    expect(fieldPath([])).toBe('(record)');
  });
});
