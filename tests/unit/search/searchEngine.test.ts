import { describe, expect, it } from 'vitest';
import { SearchEngine, MAX_SCORE, MAX_SCORED } from '../../../src/lib/search/searchEngine.ts';
import Fuse from 'fuse.js';
import { loadFuse, summaryKeyPosition, THRESHOLD } from '../../../src/lib/search/searchIndex.ts';
import { allowedErrors, CandidateIndex, type RecordLike } from '../../../src/lib/search/searchCandidates.ts';
import { resultRoute } from '../../../src/lib/search/searchRoutes.ts';
import { hasHan, normalizeText } from '../../../src/lib/search/searchNormalize.ts';
import { parseQuery } from '../../../src/lib/search/searchQuery.ts';
import { payloadFor, realEngine, realInput, realPayload } from '../../fixtures/search-corpus.ts';

describe('filters', () => {
  const engine = realEngine('en');

  it('narrows by district, era, theme and years, alone or with a query', () => {
    const byDistrict = engine.search('', { districts: ['haidian'] }).hits;
    expect(byDistrict.length).toBeGreaterThan(0);
    expect(byDistrict.every((h) => h.doc.d === 'haidian')).toBe(true);

    const era = engine.search('', { era: 'dongcheng-1997' }).hits;
    expect(era.map((h) => h.doc.k)).toContain('e');
    expect(era.every((h) => h.doc.e === 'dongcheng-1997')).toBe(true);

    const theme = engine.search('community', { themes: ['volunteering'] }).hits;
    expect(theme.length).toBeGreaterThan(0);
    expect(theme.every((h) => h.doc.th?.includes('volunteering'))).toBe(true);

    const years = engine.search('', { from: 2009, to: 2010 }).hits;
    expect(years.length).toBeGreaterThan(0);
    for (const h of years) expect(h.doc.y![0] <= 2010 && h.doc.y![1] >= 2009).toBe(true);
  });

  it('lists a filtered browse (no query) milestones first, by date', () => {
    const hits = engine.search('', { districts: ['xicheng'] }).hits;
    const milestones = hits.filter((h) => h.doc.k === 'm');
    expect(hits.slice(0, milestones.length)).toEqual(milestones);
    const dates = milestones.map((h) => h.doc.dt!);
    expect(dates).toEqual([...dates].sort());
  });

  it('finds nothing for an empty query without filters', () => {
    expect(engine.search('').hits).toEqual([]);
    expect(engine.search('   ').hits).toEqual([]);
  });

  it('searches again without the narrowing when the named district has nothing', () => {
    const outcome = realEngine('zh').search('北京 网格化');
    expect(outcome.query.districts).toEqual(['beijing']);
    expect(outcome.narrowed).toBe(false);
    expect(outcome.hits.length).toBeGreaterThan(0);
  });

  it('reports the narrowing when it applies', () => {
    const outcome = realEngine('zh').search('西城 社会工委');
    expect(outcome.narrowed).toBe(true);
    expect(outcome.hits.every((h) => h.doc.d === 'xicheng')).toBe(true);
  });
});

describe('the score cap', () => {
  it('returns nothing Fuse scored above MAX_SCORE, though Fuse itself returns such records', () => {
    for (const [locale, q] of [
      ['en', 'grid'],
      ['en', 'party'],
      ['en', 'form'],
      ['zh', '网格话'],
      ['en', 'plan'],
    ] as const) {
      const payload = realPayload(locale);
      const han = hasHan(q);
      const weak = loadFuse(payload)
        [han ? 'han' : 'latin'].search(normalizeText(q))
        .filter((r) => r.score! > MAX_SCORE[han ? 'han' : 'latin']);
      const hits = realEngine(locale).search(q).hits;
      for (const h of hits) expect(h.score).toBeLessThanOrEqual(MAX_SCORE[han ? 'han' : 'latin']);
      expect(weak.length).toBeGreaterThan(0);
    }
  });
});

describe('any input is safe', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '.*+?^${}()|[]\\',
    'x'.repeat(1000),
    '网'.repeat(1000),
    '😀🎉👍',
    '',
    '   ',
    '\u0000\u202e',
    'a b c d e f g h i j k',
    '1900 2100',
  ];
  for (const locale of ['zh', 'en'] as const) {
    it(`returns results, never throws (${locale})`, () => {
      for (const q of hostile) {
        const start = performance.now();
        const outcome = realEngine(locale).search(q);
        expect(Array.isArray(outcome.hits)).toBe(true);
        expect(performance.now() - start).toBeLessThan(500);
      }
      expect(realEngine(locale).search('.*+?^${}()|[]\\').hits).toEqual([]);
    });
  }
});

describe('the n-gram pre-filter', () => {
  // Soundness: every title, name or pinyin value in which Fuse's bitap finds a word (at the engine's
  // threshold), and every summary that holds the word as typed, must stay live, and its record a
  // candidate. Checked value by value against Fuse.match over the real index, with typos.
  const words = (locale: 'zh' | 'en') => {
    const out = new Set<string>();
    for (const m of realInput().milestones) {
      const title = m.title[locale];
      if (locale === 'zh') for (let i = 0; i + 4 <= title.length; i += 3) out.add(title.slice(i, i + 2 + (i % 3)));
      else for (const w of title.toLowerCase().split(/[^a-z]+/)) if (w.length > 3) out.add(w);
    }
    if (locale === 'zh') for (const w of ['wanggehua', 'xuanwu', 'zhiyuanzhe', 'shequ', 'wgh', 'jiedao']) out.add(w);
    return [...out];
  };
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const typo = (w: string) => {
    const chars = Array.from(w);
    const i = Math.floor(random() * chars.length);
    const r = random();
    if (r < 0.33) chars.splice(i, 1);
    else if (r < 0.66) chars.splice(i, 0, chars[(i + 1) % chars.length]);
    else chars[i] = chars[(i + 2) % chars.length];
    return chars.join('');
  };

  for (const locale of ['zh', 'en'] as const) {
    it(`keeps every value Fuse would match (${locale})`, () => {
      const payload = realPayload(locale);
      const records = payload.index.records as unknown as RecordLike[];
      const index = new CandidateIndex(records, new Set([summaryKeyPosition(payload)]));
      const summary = summaryKeyPosition(payload);
      const terms = words(locale)
        .flatMap((w) => [w, typo(w)])
        .map((w) => normalizeText(w))
        .filter((w) => w && !w.includes(' '));
      expect(terms.length).toBeGreaterThan(100);
      let checked = 0;
      for (const term of terms) {
        const threshold = hasHan(term) ? THRESHOLD.han : THRESHOLD.latin;
        const { guess, live } = index.match([term], (t) => allowedErrors(Array.from(t).length, threshold));
        let v = 0;
        records.forEach((record, position) => {
          for (const [key, value] of Object.entries(record.$ ?? {})) {
            for (const { v: text } of Array.isArray(value) ? value : [value]) {
              const id = v++;
              const must =
                Number(key) === summary
                  ? text.includes(term)
                  : Fuse.match(term, text, { threshold, ignoreLocation: true, isCaseSensitive: true }).isMatch;
              if (!must) continue;
              checked++;
              expect({ term, text, live: live[id] }).toEqual({ term, text, live: 1 });
              if (guess) expect(guess[position]).toBeGreaterThan(0);
            }
          }
        });
      }
      expect(checked).toBeGreaterThan(100);
    }, 60_000);

    it(`finds nothing plain Fuse would not (${locale})`, () => {
      const payload = realPayload(locale);
      const engine = new SearchEngine(payload);
      const plain = loadFuse(payload);
      for (const q of words(locale)
        .slice(0, 40)
        .flatMap((w) => [w, typo(w)])) {
        const parsed = parseQuery(q, payload);
        if (parsed.districts.length || parsed.years || parsed.terms.length === 0) continue;
        const expected = new Set(
          plain[parsed.terms.some(hasHan) ? 'han' : 'latin'].search(parsed.terms.join(' ')).map((r) => r.item.id),
        );
        for (const h of engine.search(q).hits) expect(expected.has(h.doc.id)).toBe(true);
      }
    }, 60_000);
  }

  it('scores at most MAX_SCORED records and says so', () => {
    const input = realInput();
    const base = input.milestones[0];
    const many = Array.from({ length: MAX_SCORED + 50 }, (_, i) => ({
      ...base,
      id: `bulk-${i}`,
      title: { zh: `测试网格 ${i}`, en: `grid test ${i}` },
    }));
    const engine = new SearchEngine(payloadFor({ ...input, milestones: many }, 'en'));
    const outcome = engine.search('grid');
    expect(outcome.truncated).toBe(true);
    expect(outcome.hits.length).toBeLessThanOrEqual(MAX_SCORED);
    expect(outcome.hits.length).toBeGreaterThan(MAX_SCORED / 2);
    expect(realEngine('en').search('grid').truncated).toBe(false);
  });

  it('uses different Fuse thresholds for Chinese and Latin queries', () => {
    expect(THRESHOLD.han).toBeGreaterThan(1 / 3);
    expect(THRESHOLD.latin).toBeLessThan(1 / 3);
  });
});

describe('resultRoute', () => {
  it('leads each kind to its page', () => {
    expect(resultRoute({ k: 'm', id: 'x-2005-y' })).toBe('/milestones/x-2005-y/');
    expect(resultRoute({ k: 'e', id: 'x-1978' })).toBe('/eras/x-1978/');
    expect(resultRoute({ k: 'd', id: 'xicheng' })).toBe('/districts/xicheng/');
    expect(resultRoute({ k: 't', id: 'grid-management' })).toBe('/themes/grid-management/');
    expect(resultRoute({ k: 'p', id: 'xicheng-xuanwu', d: 'xicheng' })).toBe(
      '/districts/xicheng/#place-xicheng-xuanwu',
    );
  });
});
