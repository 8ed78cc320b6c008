import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  TITLE_MAX,
  cleanTitle,
  collectionQuery,
  parseCollection,
} from '../../../src/lib/collection/collectionState.ts';

const known = new Set(['dongcheng-2005-grid', 'xicheng-2008-hubs', 'haidian-2010-care', 'beijing-2012-office']);

describe('parseCollection', () => {
  it('reads ids in the order given, the title and the order', () => {
    expect(
      parseCollection('?m=xicheng-2008-hubs~dongcheng-2005-grid&title=Grids%20in%20class&order=own', known),
    ).toEqual({
      ids: ['xicheng-2008-hubs', 'dongcheng-2005-grid'],
      title: 'Grids in class',
      order: 'own',
      dropped: { unknown: 0, repeated: 0, titleCut: false },
    });
  });
  it('drops unknown and repeated ids and counts them', () => {
    const c = parseCollection('?m=dongcheng-2005-grid~nope~dongcheng-2005-grid~xicheng-2008-hubs~NOPE!', known);
    expect(c.ids).toEqual(['dongcheng-2005-grid', 'xicheng-2008-hubs']);
    expect(c.dropped).toEqual({ unknown: 2, repeated: 1, titleCut: false });
  });
  it('also reads the parameter repeated, as a plain form submits it, and ignores empty items', () => {
    expect(parseCollection('m=haidian-2010-care&m=~~beijing-2012-office~', known).ids).toEqual([
      'haidian-2010-care',
      'beijing-2012-office',
    ]);
  });
  it('keeps slug-shaped ids when it does not know the list', () => {
    expect(parseCollection('?m=a-1~B~a-1~%3Cb%3E').ids).toEqual(['a-1']);
  });
  it('defaults: empty, date order, and order=anything-else is date', () => {
    expect(parseCollection('', known)).toEqual({
      ids: [],
      title: '',
      order: 'date',
      dropped: { unknown: 0, repeated: 0, titleCut: false },
    });
    expect(parseCollection('?order=OWN', known).order).toBe('date');
  });
  it('never throws on malformed percent-encoding', () => {
    expect(parseCollection('?m=%E4%B8&title=%E4%B8%AD%', known).ids).toEqual([]);
  });
});

describe('cleanTitle', () => {
  it('is plain text: markup stays as characters, controls and bidi overrides go, spaces collapse', () => {
    expect(cleanTitle('  <b>网格</b>\n\t管理 \u202e ').title).toBe('<b>网格</b> 管理');
  });
  it('cuts to TITLE_MAX characters without splitting a character', () => {
    const long = '𠀀'.repeat(TITLE_MAX + 5);
    const { title, cut } = cleanTitle(long);
    expect(cut).toBe(true);
    expect(Array.from(title)).toHaveLength(TITLE_MAX);
    expect(title.isWellFormed()).toBe(true);
  });
  it('replaces lone surrogates', () => {
    expect(cleanTitle('a\ud800b').title.isWellFormed()).toBe(true);
  });
});

describe('collectionQuery', () => {
  it('writes the canonical query, "~" between ids, the title encoded', () => {
    expect(collectionQuery({ ids: ['a', 'b'], title: '网格 & grids', order: 'own' })).toBe(
      '?m=a~b&title=%E7%BD%91%E6%A0%BC%20%26%20grids&order=own',
    );
    expect(collectionQuery({ ids: [], title: '', order: 'own' })).toBe('');
    // One milestone has no order of its own.
    expect(collectionQuery({ ids: ['a'], title: '', order: 'own' })).toBe('?m=a');
  });
  it('round-trips', () => {
    const c = { ids: ['haidian-2010-care', 'dongcheng-2005-grid'], title: 'A?b=c&d #e', order: 'own' as const };
    const back = parseCollection(collectionQuery(c), known);
    expect({ ids: back.ids, title: back.title, order: back.order }).toEqual(c);
  });
});

describe('properties', () => {
  const ids = fc.constantFrom(...known, 'unknown-id', '', ' ', '~', 'Dongcheng', '%7E');
  const query = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc
      .record({
        m: fc.array(ids, { maxLength: 12 }),
        title: fc.string({ unit: 'binary', maxLength: 200 }),
        order: fc.constantFrom('own', 'date', 'x', ''),
        extra: fc.string(),
      })
      .map(
        ({ m, title, order, extra }) =>
          `?m=${m.join('~')}&title=${encodeURIComponent(title.toWellFormed())}&order=${order}&${extra}`,
      ),
  );

  it('any string gives a valid state', () => {
    fc.assert(
      fc.property(query, (x) => {
        const c = parseCollection(x, known);
        expect(c.ids.every((id) => known.has(id))).toBe(true);
        expect(new Set(c.ids).size).toBe(c.ids.length);
        expect(Array.from(c.title).length).toBeLessThanOrEqual(TITLE_MAX);
        expect(c.title.isWellFormed()).toBe(true);
        // eslint-disable-next-line no-control-regex
        expect(c.title).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        expect(c.title).toBe(c.title.trim());
        expect(['date', 'own']).toContain(c.order);
      }),
      { numRuns: 2000 },
    );
  });

  it('serialize(parse(x)) is stable', () => {
    fc.assert(
      fc.property(query, (x) => {
        const once = collectionQuery(parseCollection(x, known));
        const again = parseCollection(once, known);
        expect(collectionQuery(again)).toBe(once);
        expect(again.dropped).toEqual({ unknown: 0, repeated: 0, titleCut: false });
      }),
      { numRuns: 2000 },
    );
  });

  it('without the list of known ids, too', () => {
    fc.assert(
      fc.property(query, (x) => {
        const once = collectionQuery(parseCollection(x));
        expect(collectionQuery(parseCollection(once))).toBe(once);
      }),
    );
  });
});
