import { describe, expect, it } from 'vitest';
import {
  INDICATOR_COLUMNS,
  MILESTONE_COLUMNS,
  indicatorsCsv,
  milestonesCsv,
  erasJson,
  indicatorsJson,
  placesGeoJson,
} from '../../../src/lib/data/dataExports.ts';
import { eraJson } from '../../../src/lib/data/publishedShapes.ts';
import { BOM, parseCsv } from '../../../src/lib/data/csv.ts';

const milestone = {
  id: 'xicheng-2011-full-response',
  date: '2011',
  district: 'xicheng',
  era: 'xicheng-2011',
  title: { zh: '提出"全响应"，网格化', en: 'Xicheng, "full response"' },
  summary: { zh: '第一句，\n第二句。', en: 'One, two\nthree.' },
  themes: ['grid-management', 'public-services'],
  places: [],
  source: { document: 'xicheng-review', section: '3.4' },
  alsoIn: [{ document: 'beijing-overview', section: '2' }],
};

describe('milestonesCsv', () => {
  const csv = milestonesCsv([milestone], 'https://example.org', '/reform-history/');
  const rows = parseCsv(csv);
  it('starts with a BOM and the documented columns', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(rows[0]).toEqual([...MILESTONE_COLUMNS]);
  });
  it('keeps commas, quotes and line breaks of Chinese text intact', () => {
    const record = Object.fromEntries(MILESTONE_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(record.title_zh).toBe('提出"全响应"，网格化');
    expect(record.summary_zh).toBe('第一句，\n第二句。');
    expect(record.title_en).toBe('Xicheng, "full response"');
    expect(record.themes).toBe('grid-management|public-services');
    expect(record.also_in).toBe('beijing-overview 2');
    expect(record.note_zh).toBe('');
    expect(record.url_en).toBe('https://example.org/reform-history/en/milestones/xicheng-2011-full-response/');
  });
});

describe('indicatorsCsv', () => {
  it('writes one row per figure with its unit and note', () => {
    const rows = parseCsv(
      indicatorsCsv([
        {
          id: 'd-1',
          district: 'dongcheng',
          target: false,
          year: 2015,
          metric: 'm',
          label: { zh: '常住人口', en: 'Residents, total' },
          value: 91.9,
          unit: '10k-persons',
          source: { document: 'dongcheng-plan', section: '1' },
          note: { zh: '说明', en: 'A "note"' },
        },
      ]),
    );
    expect(rows[0]).toEqual([...INDICATOR_COLUMNS]);
    expect(rows[1]).toEqual([
      'd-1',
      'dongcheng',
      'false',
      '2015',
      '',
      'm',
      '常住人口',
      'Residents, total',
      '91.9',
      '',
      '10k-persons',
      'dongcheng-plan',
      '1',
      '说明',
      'A "note"',
    ]);
  });
});

describe('erasJson', () => {
  const era = (district: string, order: number, title: string) => ({
    district,
    order,
    start: 2010,
    end: null,
    title,
    summary: `${title}。`,
    themes: ['a'],
    sources: [{ document: 'x', section: '3' }],
  });
  it('joins both languages, keeps open eras open, links both pages, by district and order', () => {
    const json = erasJson(
      [
        { id: 'xicheng-2010', zh: era('xicheng', 1, '乙'), en: era('xicheng', 1, 'B') },
        { id: 'dongcheng-2011', zh: era('dongcheng', 2, '丙'), en: era('dongcheng', 2, 'C') },
        { id: 'dongcheng-2010', zh: era('dongcheng', 1, '甲'), en: era('dongcheng', 1, 'A') },
      ],
      '/base/',
    );
    expect(json.map((e) => e.id)).toEqual(['dongcheng-2010', 'dongcheng-2011', 'xicheng-2010']);
    expect(json[0].end).toBeNull();
    expect(json[0].title).toEqual({ zh: '甲', en: 'A' });
    expect(json[0].url).toEqual({ zh: '/base/eras/dongcheng-2010/', en: '/base/en/eras/dongcheng-2010/' });
    expect(Object.keys(json[0])).toEqual(Object.keys(eraJson.shape));
  });
});

describe('indicatorsJson', () => {
  it('keeps both languages side by side, sorted like the CSV, with a note only where there is one', () => {
    const base = {
      target: false,
      metric: 'm',
      label: { zh: '甲', en: 'A' },
      value: 1,
      unit: 'percent' as const,
      source: { document: 'x', section: '1' },
    };
    const json = indicatorsJson([
      { ...base, id: 'b', district: 'xicheng', year: 2015 },
      { ...base, id: 'a', district: 'dongcheng', year: 2016, note: { zh: '注', en: 'n' } },
    ]);
    expect(json.map((i) => i.id)).toEqual(['a', 'b']);
    expect(json[0].note).toEqual({ zh: '注', en: 'n' });
    expect('note' in json[1]).toBe(false);
  });
});

describe('placesGeoJson', () => {
  it('writes points as [lon, lat] with flat properties', () => {
    const geo = placesGeoJson([
      {
        id: 'b',
        name: { zh: '乙', en: 'B' },
        district: 'xicheng',
        kind: 'landmark',
        lon: 116.36,
        lat: 39.91,
        precision: 'exact',
        source: { document: 'x', section: '1' },
      },
      {
        id: 'a',
        name: { zh: '甲', en: 'A' },
        district: 'dongcheng',
        kind: 'subdistrict',
        lon: 116.417,
        lat: 39.958,
        precision: 'approximate',
        source: { document: 'y', section: '2.2' },
      },
    ]);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => f.id)).toEqual(['a', 'b']);
    expect(geo.features[0].geometry).toEqual({ type: 'Point', coordinates: [116.417, 39.958] });
    expect(geo.features[0].properties).toMatchObject({
      name_zh: '甲',
      name_en: 'A',
      district: 'dongcheng',
      precision: 'approximate',
    });
  });
});
