// Every internal link and #anchor in a built site resolves: `node scripts/checkLinks.ts [dist] [base]`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fragmentId } from '../src/lib/site/fragment.ts';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'));
}

/** The file a site path is served from, or null. */
function fileFor(dist: string, path: string): string | null {
  const direct = join(dist, path);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(dist, path, 'index.html');
  return existsSync(index) ? index : null;
}

const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#38;/g, '&')
    .replace(/&quot;/g, '"');

export function checkLinks(dist: string, base = '/'): { pages: number; links: number; broken: BrokenLink[] } {
  const prefix = base.replace(/\/?$/, '/');
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decodeEntities(m[1])));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  const pages = htmlFiles(dist);
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    const pagePath = `${prefix}${page.replace(/index\.html$/, '')}`;
    for (const [, raw] of html.matchAll(ATTRIBUTE)) {
      const href = decodeEntities(raw);
      if (!href || /^(?:[a-z]+:|\/\/)/i.test(href)) continue;
      links++;
      const url = new URL(href, `http://site${pagePath}`);
      const report = (reason: string) => broken.push({ page: pagePath, href, reason });
      if (!url.pathname.startsWith(prefix)) {
        report(`outside the base path ${prefix}`);
        continue;
      }
      let path: string;
      try {
        path = decodeURIComponent(url.pathname.slice(prefix.length));
      } catch {
        report('malformed percent-encoding');
        continue;
      }
      const target = fileFor(dist, posix.normalize(path));
      if (!target) {
        report('no such page or file');
        continue;
      }
      const anchor = url.hash ? fragmentId(url.hash) : '';
      if (anchor === null) report('malformed percent-encoding in the fragment');
      else if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor))
        report(`no element with id "${anchor}"`);
    }
  }
  return { pages: pages.length, links, broken };
}

if (import.meta.main) {
  const [dist = 'dist', base = process.env.BASE_PATH ?? '/'] = process.argv.slice(2);
  const { pages, links, broken } = checkLinks(dist, base);
  for (const b of broken) console.error(`${b.page}: ${b.href} (${b.reason})`);
  console.log(`${links} internal links in ${pages} pages, ${broken.length} broken`);
  process.exitCode = broken.length > 0 ? 1 : 0;
}
