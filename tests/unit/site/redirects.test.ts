import { describe, expect, it } from 'vitest';
import { redirectLines, redirectRules, retiredTarget } from '../../../src/lib/site/redirects.ts';
import { retiredRecords } from '../../../src/lib/site/build/retiredRecords.ts';

describe('redirects of retired milestone ids', () => {
  const retired = [
    { id: 'haidian-1978-x', redirect: { kind: 'era' as const, id: 'haidian-1978' } },
    { id: 'dongcheng-2011-y', redirect: { kind: 'plan' as const, id: 'dongcheng-2016-2020' } },
  ];
  it('lead each old address, in both languages and under the base path, to the page that tells it now', () => {
    expect(retiredTarget(retired[1])).toBe('/plans/dongcheng-2016-2020/');
    expect(redirectRules(retired, '/reform-history/')).toEqual([
      { locale: 'zh', from: '/reform-history/milestones/haidian-1978-x/', to: '/reform-history/eras/haidian-1978/' },
      {
        locale: 'en',
        from: '/reform-history/en/milestones/haidian-1978-x/',
        to: '/reform-history/en/eras/haidian-1978/',
      },
      {
        locale: 'zh',
        from: '/reform-history/milestones/dongcheng-2011-y/',
        to: '/reform-history/plans/dongcheng-2016-2020/',
      },
      {
        locale: 'en',
        from: '/reform-history/en/milestones/dongcheng-2011-y/',
        to: '/reform-history/en/plans/dongcheng-2016-2020/',
      },
    ]);
    expect(redirectLines(redirectRules(retired))[0]).toBe('/milestones/haidian-1978-x/  /eras/haidian-1978/  301');
  });
  it('come from content/retired.yaml (and nothing for a folder without one)', () => {
    expect(retiredRecords().map((r) => r.id)).toContain('haidian-1978-reform-new-start');
    expect(retiredRecords('no/such/folder')).toEqual([]);
  });
});
