// The published JSON Schema, the small validator that checks it, and the real data against both.
import { describe, expect, it } from 'vitest';
import { validate, type JsonSchema } from '../../../src/lib/data/jsonSchema.ts';
import { milestonesJsonSchema } from '../../../src/lib/data/milestonesSchema.ts';
import { toMilestoneJson } from '../../../src/lib/data/openData.ts';
import { readContent } from '../../../src/lib/content/build/contentFiles.ts';

const schema = milestonesJsonSchema('https://example.org/data/milestones.schema.json');
const good = {
  id: 'dongcheng-2005-grid-management',
  district: 'dongcheng',
  era: 'dongcheng-1997',
  date: '2005',
  title: { zh: '东城区首创网格化城市管理模式', en: 'Dongcheng pioneers grid-based city management' },
  summary: { zh: '摘要。', en: 'Summary.' },
  themes: ['grid-management'],
  places: [],
  source: { document: 'dongcheng-review', section: '3.1' },
  url: { zh: '/milestones/dongcheng-2005-grid-management/', en: '/en/milestones/dongcheng-2005-grid-management/' },
};

describe('the small JSON Schema validator', () => {
  it('accepts a valid record', () => {
    expect(validate([good], schema)).toEqual([]);
  });
  it('reports each kind of problem with its path', () => {
    const bad = [
      { ...good, date: '2005-13' },
      { ...good, extra: 1 },
      { ...good, themes: [] },
      { ...good, title: { zh: '', en: 'x' } },
      { ...good, source: { document: 'dongcheng-review', section: 3.1 } },
      { ...good, url: { zh: 'https://elsewhere/x', en: '/en/milestones/x/' } },
      (({ places: _p, ...rest }) => rest)(good),
      { ...good, themes: ['a', 'a'] },
      { ...good, title: { zh: '字'.repeat(41), en: 'x' } },
    ];
    const errors = validate(bad, schema);
    expect(errors).toEqual([
      expect.stringMatching(/^\$\[0\]\.date: must match/),
      '$[1]: unexpected property "extra"',
      '$[2].themes: must have at least 1 items',
      '$[3].title.zh: must have at least 1 characters',
      '$[4].source.section: must be string, not number',
      expect.stringMatching(/^\$\[5\]\.url\.zh: must match/),
      '$[6]: missing required property "places"',
      '$[7].themes: items must be unique',
      '$[8].title.zh: must have at most 40 characters',
    ]);
    expect(validate({}, schema)).toEqual(['$: must be array, not object']);
  });
  it('refuses keywords it does not check', () => {
    expect(() => validate('x', { type: 'string', format: 'uri' } as JsonSchema)).toThrow(
      /unsupported keyword "format"/,
    );
  });
});

describe('the real milestones.json', () => {
  it('is valid against the published schema, under any base path', () => {
    const { dataset, issues } = readContent('content');
    expect(issues).toEqual([]);
    const items = dataset.milestones.map((e) => toMilestoneJson(e.data));
    expect(items.length).toBeGreaterThan(50);
    expect(validate(items, schema)).toEqual([]);
    expect(
      validate(
        dataset.milestones.map((e) => toMilestoneJson(e.data, '/reform-history/')),
        schema,
      ),
    ).toEqual([]);
  });
});
