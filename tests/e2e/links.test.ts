// Every internal link and #anchor in the built site resolves (also under a base path: npm run test:base).
import { expect, it } from 'vitest';
import { checkLinks } from '../../scripts/checkLinks.ts';

it('has no broken internal links or anchors', () => {
  const { pages, links, broken } = checkLinks(process.env.DIST_DIR ?? 'dist', process.env.BASE_PATH ?? '/');
  expect(pages).toBeGreaterThan(100);
  expect(links).toBeGreaterThan(1000);
  expect(broken.map((b) => `${b.page}: ${b.href} (${b.reason})`)).toEqual([]);
});
