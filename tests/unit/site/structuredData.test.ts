import { describe, expect, it } from 'vitest';
import {
  breadcrumbList,
  dataset,
  eraArticle,
  jsonLdText,
  milestoneWork,
} from '../../../src/lib/site/structuredData.ts';
import { citationMeta } from '../../../src/lib/site/citationMeta.ts';

const page = {
  name: 'Grid management',
  description: 'A summary.',
  url: 'https://example.org/en/milestones/x/',
  inLanguage: 'en',
  site: { name: "Beijing's Social Reforms", url: 'https://example.org/en/' },
};

describe('JSON-LD', () => {
  it('is one graph that no string can break out of', () => {
    const text = jsonLdText([breadcrumbList([{ name: '</script><script>alert(1)</script>', url: '/' }])]);
    expect(text).not.toContain('<');
    const parsed = JSON.parse(text) as { '@context': string; '@graph': { itemListElement: unknown[] }[] };
    expect(parsed['@context']).toBe('https://schema.org');
    expect(parsed['@graph'][0].itemListElement[0]).toEqual({
      '@type': 'ListItem',
      position: 1,
      name: '</script><script>alert(1)</script>',
      item: '/',
    });
  });

  it('a milestone is a CreativeWork about a dated Event, part of its era, citing its source', () => {
    const work = milestoneWork({
      ...page,
      date: '2004-10',
      place: 'Dongcheng District',
      era: { name: 'Grids', url: '/en/eras/x/' },
      source: { title: 'Plan', publisher: 'Government' },
    });
    expect(work).toMatchObject({
      '@type': 'CreativeWork',
      about: { '@type': 'Event', startDate: '2004-10', location: { '@type': 'Place', name: 'Dongcheng District' } },
      isPartOf: { '@type': 'Article', url: '/en/eras/x/' },
      citation: { '@type': 'CreativeWork', name: 'Plan', publisher: { '@type': 'Organization', name: 'Government' } },
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });

  it('a roughly dated event covers its span: an ISO interval, starting and ending with its years', () => {
    const work = milestoneWork({
      ...page,
      date: '1989/1990',
      place: 'Haidian District',
      era: { name: 'Phase 1', url: '/en/eras/y/' },
      source: { title: 'Review' },
    });
    expect(work).toMatchObject({ temporalCoverage: '1989/1990', about: { startDate: '1989', endDate: '1990' } });
  });

  it('an era is an Article with its years; an open era runs to ".."', () => {
    const article = eraArticle({ ...page, start: 2010, end: null, place: 'Xicheng', sources: [{ title: 'Review' }] });
    expect(article).toMatchObject({ '@type': 'Article', headline: page.name, temporalCoverage: '2010/..' });
    expect(article.citation).toEqual([{ '@type': 'CreativeWork', name: 'Review' }]);
  });

  it('the open data is a Dataset with a DataDownload per file', () => {
    const set = dataset({
      ...page,
      keywords: ['Dongcheng'],
      temporalCoverage: '1978/2022',
      place: 'Beijing',
      downloads: [{ name: 'milestones.csv', url: '/data/milestones.csv', encodingFormat: 'text/csv' }],
    });
    expect(set).toMatchObject({
      '@type': 'Dataset',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      temporalCoverage: '1978/2022',
      spatialCoverage: { '@type': 'Place', name: 'Beijing' },
      distribution: [{ '@type': 'DataDownload', contentUrl: '/data/milestones.csv', encodingFormat: 'text/csv' }],
    });
  });
});

describe('citationMeta', () => {
  const input = {
    title: '网格化管理',
    siteName: '北京社会建设改革史',
    date: '2026-03-05',
    language: 'zh-CN',
    url: 'https://example.org/milestones/x/',
    references: [{ title: '东城区规划', publisher: '东城区人民政府' }, { title: '西城区' }],
  };
  it('gives title, date in Highwire form, publisher, URL and references', () => {
    const tags = citationMeta(input);
    const get = (name: string) => tags.filter(([n]) => n === name).map(([, c]) => c);
    expect(get('citation_title')).toEqual(['网格化管理']);
    expect(get('citation_date')).toEqual(['2026/03/05']);
    expect(get('citation_publisher')).toEqual(['北京社会建设改革史']);
    expect(get('citation_public_url')).toEqual(['https://example.org/milestones/x/']);
    expect(get('citation_reference')).toEqual([
      'citation_title=东城区规划; citation_publisher=东城区人民政府;',
      'citation_title=西城区;',
    ]);
  });
  it('leaves the URL out when the build has no origin', () => {
    expect(citationMeta({ ...input, url: null }).some(([n]) => n === 'citation_public_url')).toBe(false);
  });
});
