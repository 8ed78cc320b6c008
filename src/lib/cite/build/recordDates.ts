// When each record of a content folder last changed, from git: the commit date of the last change to
// the record's own lines (git log -L), as "YYYY-MM-DD". This is the "update date" citations give. A
// build outside a git checkout, or a record not yet committed, has no date, and citations say so.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const RECORD_START = /^- id: ["']?([a-z0-9-]+)["']?\s*$/;

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** `file` is relative to `cwd`. */
function datesOf(file: string, cwd: string): [string, string][] {
  // Line numbers are those of the committed file, which is what git log -L reads.
  const committed = git(['show', `HEAD:./${file}`], cwd);
  if (committed === null) return [];
  const lines = committed.split('\n');
  const starts = lines.flatMap((line, i) => {
    const match = RECORD_START.exec(line);
    return match ? [{ id: match[1], line: i + 1 }] : [];
  });
  return starts.flatMap(({ id, line }, i) => {
    const end = (starts[i + 1]?.line ?? lines.length + 1) - 1;
    const date = git(['log', '-1', '--format=%cs', '--no-patch', '-L', `${line},${end}:${file}`], cwd);
    return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? [[id, date] as [string, string]] : [];
  });
}

const cache = new Map<string, Map<string, string>>();

/** Last-change dates of the records in a folder of YAML lists (e.g. "content/milestones", relative to `cwd`), by id. */
export function recordDates(folder: string, cwd = process.cwd()): ReadonlyMap<string, string> {
  const key = join(cwd, folder);
  let dates = cache.get(key);
  if (!dates) {
    let files: string[] = [];
    try {
      files = readdirSync(key).filter((f) => f.endsWith('.yaml'));
    } catch {
      // no such folder: no dates
    }
    dates = new Map(files.flatMap((f) => datesOf(join(folder, f), cwd)));
    cache.set(key, dates);
  }
  return dates;
}
