// One content problem, located precisely enough for an author to fix it without searching.
export interface ContentIssue {
  file: string;
  record: string;
  field: string;
  message: string;
}

export function formatIssue({ file, record, field, message }: ContentIssue): string {
  return `${file} › ${record} › ${field}: ${message}`;
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
