// Checks all content without building the site: `npm run validate [content-dir]`.
import { readContent } from '../src/lib/content/build/contentFiles.ts';
import { formatIssue } from '../src/lib/content/contentIssues.ts';

const root = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const { dataset, issues } = readContent(root);
if (issues.length > 0) {
  console.error(issues.map(formatIssue).join('\n'));
  console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} in ${root}/`);
  process.exit(1);
}
const counts = Object.entries(dataset).map(([name, entries]) => `${entries.length} ${name}`);
console.log(`content is valid: ${counts.join(', ')}`);
