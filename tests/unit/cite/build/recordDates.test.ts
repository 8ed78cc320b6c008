import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordDates } from '../../../../src/lib/cite/build/recordDates.ts';

function commit(dir: string, date: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` };
  execFileSync('git', ['add', '-A'], { cwd: dir, env });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', date], {
    cwd: dir,
    env,
  });
}

describe('recordDates', () => {
  it('dates each record by the last commit that changed its own lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'record-dates-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    mkdirSync(join(dir, 'content/milestones'), { recursive: true });
    const file = join(dir, 'content/milestones/a.yaml');
    const record = (id: string, title: string) => `- id: ${id}\n  title: ${title}\n`;
    writeFileSync(file, `# list\n${record('first', 'one')}${record('second', 'two')}${record('third', 'three')}`);
    commit(dir, '2024-01-02');
    writeFileSync(file, `# list\n${record('first', 'one')}${record('second', 'TWO')}${record('third', 'three')}`);
    commit(dir, '2025-03-04');
    // An uncommitted record has no date yet.
    writeFileSync(join(dir, 'content/milestones/b.yaml'), record('fourth', 'four'));
    const dates = recordDates('content/milestones', dir);
    expect(Object.fromEntries(dates)).toEqual({ first: '2024-01-02', second: '2025-03-04', third: '2024-01-02' });
  });

  it('gives no dates outside git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'record-dates-'));
    mkdirSync(join(dir, 'm'));
    writeFileSync(join(dir, 'm/a.yaml'), '- id: x\n');
    expect(recordDates('m', dir).size).toBe(0);
    expect(recordDates('missing', dir).size).toBe(0);
  });
});
