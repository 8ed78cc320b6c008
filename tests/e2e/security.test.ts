// A strict Content-Security-Policy on every page: scripts only from the site or by hash, never
// 'unsafe-inline'; and headers for static hosts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = process.env.DIST_DIR ?? 'dist';
const pages = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html'));

describe('security', () => {
  it('every page carries a CSP without unsafe-inline scripts and without third-party origins', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const html = readFileSync(join(dist, page), 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, page).toBeDefined();
      const directives = new Map(
        csp!
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => [d.split(' ')[0], d]),
      );
      expect(directives.get('script-src'), page).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
      expect(directives.get('default-src'), page).toBe("default-src 'self'");
      expect(directives.get('connect-src'), page).toBe("connect-src 'self'");
      // No inline event handlers or javascript: URLs anywhere.
      expect(html, page).not.toMatch(/\son[a-z]+="|href="javascript:/i);
    }
  });

  it('ships a _headers file for static hosts', () => {
    expect(existsSync(join(dist, '_headers'))).toBe(true);
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toContain("frame-ancestors 'self'");
    // Written for the base path this build serves under.
    const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
    expect(headers).toContain(`\n${base}embed/*\n`);
  });
});
