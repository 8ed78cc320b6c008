import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEPLOY_DEFAULTS, nginxServer } from '../../../src/lib/site/nginxConfig.ts';
import { retiredRecords } from '../../../src/lib/site/build/retiredRecords.ts';
import { HEADER_RULES, headersFor } from '../../../src/lib/site/staticHeaders.ts';

describe('nginxServer', () => {
  it('deploy/nginx.conf is what the rules make (regenerate with npm run nginx-config)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(
      nginxServer({ ...DEPLOY_DEFAULTS, retired: retiredRecords() }),
    );
  });

  it('answers a retired milestone address, in both languages, with a 301 to the page that tells it now', () => {
    const conf = nginxServer({
      ...DEPLOY_DEFAULTS,
      base: '/reform-history/',
      retired: [{ id: 'haidian-1978-x', redirect: { kind: 'era', id: 'haidian-1978' } }],
    });
    for (const [from, to] of [
      ['/reform-history/milestones/haidian-1978-x/', '/reform-history/eras/haidian-1978/'],
      ['/reform-history/en/milestones/haidian-1978-x/', '/reform-history/en/eras/haidian-1978/'],
    ]) {
      const at = conf.indexOf(`location = ${from} {`);
      expect(at, from).toBeGreaterThan(0);
      expect(conf.slice(at, conf.indexOf('}', at))).toContain(`return 301 ${to};`);
    }
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toContain(
      'location = /en/milestones/haidian-1978-reform-new-start/ {',
    );
  });

  it('has a location per rule carrying the full header set, under the base path', () => {
    const conf = nginxServer({ root: '/srv/www', base: '/reform-history/', listen: '8080' });
    expect(conf).toContain('location ^~ /reform-history/_astro/ {');
    expect(conf).toContain('location = /reform-history/sw.js {');
    expect(conf).toContain('location /reform-history/ {');
    const block = (selector: string) => conf.slice(conf.indexOf(selector), conf.indexOf('}', conf.indexOf(selector)));
    const data = block('location ^~ /reform-history/data/ {');
    for (const [name, value] of Object.entries(headersFor('data/x.json')))
      expect(data).toContain(`add_header ${name} "${value}" always;`);
    expect(block('location ^~ /reform-history/en/ {')).toContain('error_page 404 /reform-history/en/404/;');
    expect(block('location ^~ /reform-history/embed/ {')).toContain('error_page 404 /reform-history/404.html;');
    expect(conf.match(/location /g)?.length).toBe(HEADER_RULES.length + 2);
  });
});
