// axe-core on a page, as every browser test runs it: WCAG 2.2 AA (the site's bar is zero findings),
// with axe's best practices where a test asks for them.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's violations, one line each naming the rule and the elements (none: an empty list). Only the
 * violations are collected in full: the passes of a long page are hundreds of kilobytes no test reads.
 * When every frame is of the page's own origin, axe runs in the page itself ("legacy mode", which
 * tests same-origin frames too): the default opens a blank page to merge the frames' results, which
 * makes a scan about three times as costly here (docs/benchmarks.md). Other origins' frames need
 * the default, and get it.
 */
export async function axeViolations(
  page: Page,
  options: { bestPractice?: boolean; include?: string } = {},
): Promise<string[]> {
  // options() replaces every option set before it, withTags() included: it comes first.
  let builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(options.bestPractice ? [...WCAG_22_AA, 'best-practice'] : WCAG_22_AA)
    .setLegacyMode(oneOrigin(page));
  if (options.include) builder = builder.include(options.include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Whether every frame of the page shares the main frame's origin (blank and srcdoc frames do). */
function oneOrigin(page: Page): boolean {
  const originOf = (address: string) => (URL.canParse(address) ? new URL(address).origin : 'null');
  const origin = originOf(page.url());
  return page.frames().every((frame) => frame.url().startsWith('about:') || originOf(frame.url()) === origin);
}
