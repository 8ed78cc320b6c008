import { describe, expect, it } from 'vitest';
import { collectionCsv } from '../../../src/lib/collection/collectionCsv.ts';
import { collectionTimelineJs } from '../../../src/lib/collection/collectionTimelineJs.ts';
import { BOM, parseCsv, toCsv } from '../../../src/lib/data/csv.ts';
import type { CollectionItem } from '../../../src/lib/collection/collectionItems.ts';

const published = toCsv(
  ['id', 'date', 'title_zh'],
  [
    ['a', '2005', '网格, "管理"'],
    ['b', '1990', '社区'],
    ['c', '2012-03', '三'],
  ],
);

describe('collectionCsv', () => {
  it('keeps the published columns and the BOM, with the rows in the collection order', () => {
    const csv = collectionCsv(published, ['c', 'a', 'missing']);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['id', 'date', 'title_zh'],
      ['c', '2012-03', '三'],
      ['a', '2005', '网格, "管理"'],
    ]);
  });
  it('an empty collection is the header only', () => {
    expect(parseCsv(collectionCsv(published, []))).toEqual([['id', 'date', 'title_zh']]);
  });
  it('refuses a file without ids', () => {
    expect(() => collectionCsv('x,y\r\n1,2\r\n', ['a'])).toThrow(/id/);
  });
});

describe('collectionTimelineJs', () => {
  const item: CollectionItem = {
    id: 'dongcheng-2005-grid',
    date: '2005-03',
    displayDate: 'March 2005',
    t: 2005.16,
    district: 'dongcheng',
    era: 'dongcheng-1997',
    title: 'Grid <management>',
    summary: 'A & B',
    source: '“Dongcheng”, section 2',
    path: '/reform-history/en/milestones/dongcheng-2005-grid/',
    sourcePath: '/reform-history/en/sources/#x',
  };
  it('one event per milestone, absolute links from the page origin, text escaped, no eras', () => {
    const doc = collectionTimelineJs([item], {
      headline: 'My <class>',
      description: 'Made on the site',
      url: 'https://example.org/reform-history/en/collection/?m=dongcheng-2005-grid',
      origin: 'https://example.org',
      labels: { source: 'Source: ', permalink: 'Permalink: ', together: '{date}: {n} milestones' },
    });
    expect(doc.title.text.headline).toBe('My &lt;class&gt;');
    expect(doc.eras).toEqual([]);
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0].unique_id).toBe(item.id);
    expect(doc.events[0].start_date).toEqual({ year: 2005, month: 3, display_date: 'March 2005' });
    expect(doc.events[0].text.headline).toBe('Grid &lt;management&gt;');
    expect(doc.events[0].text.text).toContain('https://example.org/reform-history/en/milestones/dongcheng-2005-grid/');
  });
});
