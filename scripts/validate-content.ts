// Checks all content without building the site: `npm run validate [content-dir]`. It prints what a build
// over the same folder would stop with.
import { readContent } from '../src/lib/content/build/contentFiles.ts';
import { contentReport } from '../src/lib/content/contentIssues.ts';

const root = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const { dataset, issues } = readContent(root);
if (issues.length > 0) {
  console.error(contentReport(issues, root));
  process.exit(1);
}
const counts = Object.entries(dataset as unknown as Record<string, unknown[]>).map(
  ([name, entries]) => `${name}: ${entries.length}`,
);
console.log(`content is valid (${counts.join(', ')})`);
