// One content problem, located precisely enough for an author to fix it without searching.
export interface ContentIssue {
  file: string;
  record: string;
  field: string;
  message: string;
}

/** Longest part of a message line: a problem is read at a glance, not scrolled. */
const PART_MAX = 300;

/** One line, whatever the record or the parser put into it. */
function oneLine(text: string): string {
  const flat = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
  return flat.length > PART_MAX ? `${flat.slice(0, PART_MAX - 1)}…` : flat;
}

export function formatIssue({ file, record, field, message }: ContentIssue): string {
  return [file, record, field].map(oneLine).join(' › ') + `: ${oneLine(message)}`;
}

/** What `npm run validate` and a failed build print: one line per problem, then how many. */
export function contentReport(issues: readonly ContentIssue[], root: string): string {
  const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
  return `${issues.map(formatIssue).join('\n')}\n\n${count} in ${root}/`;
}

export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    const lines = issues.map(formatIssue);
    super(`Content is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** Formats a path such as ["themes", 0] as `themes[0]`, and ["title", "zh"] as `title.zh`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(record)';
}
