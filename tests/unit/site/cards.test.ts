import { describe, expect, it } from 'vitest';
import { cardFile } from '../../../src/lib/site/cards.ts';
import { cardKey } from '../../../src/lib/site/build/cardImage.ts';

describe('cardFile', () => {
  it('gives milestones, eras, districts, themes and the main views their own card', () => {
    expect(cardFile('/milestones/dongcheng-2005-grid/', 'zh')).toBe('og/zh/milestones/dongcheng-2005-grid.png');
    expect(cardFile('/eras/xicheng-1978/', 'en')).toBe('og/en/eras/xicheng-1978.png');
    expect(cardFile('/districts/haidian/', 'en')).toBe('og/en/districts/haidian.png');
    expect(cardFile('/themes/grid-management/', 'zh')).toBe('og/zh/themes/grid-management.png');
    for (const view of ['timeline', 'compare', 'map', 'data'])
      expect(cardFile(`/${view}/`, 'en')).toBe(`og/en/${view}.png`);
  });

  it('gives every other page the site card', () => {
    for (const route of ['/', '/sources/', '/search/', '/plans/x/', '/404/', '/districts/', '/milestones/'])
      expect(cardFile(route, 'zh')).toBe('og/zh/site.png');
  });
});

describe('cardKey', () => {
  const spec = {
    locale: 'zh',
    kicker: '东城区',
    headline: '网格化管理',
    date: '2004年',
    color: '#b8322a',
    siteName: '北京社会建设改革史',
  } as const;
  it('changes with anything the card shows, and only then', () => {
    expect(cardKey(spec)).toBe(cardKey({ ...spec }));
    for (const change of [{ headline: '网格' }, { date: '2005年' }, { color: '#1f5fa8' }, { locale: 'en' as const }])
      expect(cardKey({ ...spec, ...change })).not.toBe(cardKey(spec));
  });
});

describe('cardPng', () => {
  it('draws a 1200×630 PNG once, then serves it from the cache', async () => {
    const { mkdtempSync, readdirSync, rmSync, statSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { cardPng } = await import('../../../src/lib/site/build/cardImage.ts');
    const dir = mkdtempSync(path.join(tmpdir(), 'cards-'));
    try {
      const spec = {
        locale: 'zh',
        kicker: '西城区',
        headline: '罕见字：龘',
        date: '2013年',
        color: '#1f5fa8',
        siteName: '北京社会建设改革史',
      } as const;
      const png = await cardPng(spec, dir);
      expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      const [file] = readdirSync(dir);
      const drawn = statSync(path.join(dir, file)).mtimeMs;
      expect((await cardPng(spec, dir)).equals(png)).toBe(true);
      expect(statSync(path.join(dir, file)).mtimeMs).toBe(drawn);
      expect(readdirSync(dir)).toEqual([file]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
