// The published JSON Schemas: generated from the content schemas, they accept the published files and
// reject broken copies; and content validation and the published schema agree on every text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as content from '../../../src/lib/content/schemas.ts';
import { PUBLISHED_SCHEMAS, generatedSchema, type PublishedSchema } from '../../../src/lib/data/publishedSchemas.ts';
import { brokenCopies, publishedFiles, schemaFor, strictAjv, vocabulary } from '../../fixtures/publishedData.ts';

const ajv = strictAjv();
const validators = Object.fromEntries(PUBLISHED_SCHEMAS.map((name) => [name, ajv.compile(schemaFor(name))])) as Record<
  PublishedSchema,
  ReturnType<typeof ajv.compile>
>;
/** Where a file breaks its schema ("" when it is valid). */
const problems = (name: PublishedSchema, data: unknown) => {
  const validate = validators[name];
  return validate(data) ? '' : ajv.errorsText(validate.errors);
};

describe('the published files', () => {
  it.each(PUBLISHED_SCHEMAS)('%s passes its schema', (name) => {
    expect(problems(name, publishedFiles[name])).toBe('');
  });

  it('are many, and the schemas know every id they use', () => {
    expect((publishedFiles.milestones as unknown[]).length).toBeGreaterThan(50);
    expect(vocabulary.districts).toEqual(['beijing', 'dongcheng', 'haidian', 'xicheng']);
    expect(vocabulary.eras.length).toBe((publishedFiles.eras as unknown[]).length);
  });
});

describe('broken copies are rejected', () => {
  it.each(brokenCopies(publishedFiles))('%s', (_, name, data, where) => {
    expect(problems(name, data)).toMatch(where);
  });
});

describe('content validation and the published schema agree', () => {
  // What content validation does to a text (trim, then check) is what the published value holds, so
  // for any text: content accepts it exactly when the published schema accepts its trimmed form.
  const published = (name: PublishedSchema, field: string) =>
    ajv.compile({ ...generatedSchema(name).items!.properties![field], $schema: undefined });
  const milestone = (change: object) => ({
    id: 'dongcheng-2005-grid',
    date: 2005,
    district: 'dongcheng',
    era: 'dongcheng-1997',
    themes: ['grid-management'],
    title: { zh: '标题', en: 'Title' },
    summary: { zh: '摘要。', en: 'Summary.' },
    source: { document: 'dongcheng-review', section: 3.1 },
    ...change,
  });
  const era = (title: string) => ({
    district: 'dongcheng',
    order: 1,
    start: 1978,
    end: null,
    title,
    summary: 'Summary.',
    themes: ['grid-management'],
    sources: [{ document: 'dongcheng-review', section: '1' }],
  });
  type Text = { zh: string; en: string };
  const fields: [string, (t: Text) => boolean, ReturnType<typeof ajv.compile>][] = [
    [
      'milestone title',
      (title) => content.milestone.safeParse(milestone({ title })).success,
      published('milestones', 'title'),
    ],
    [
      'milestone summary',
      (summary) => content.milestone.safeParse(milestone({ summary })).success,
      published('milestones', 'summary'),
    ],
    [
      'era title',
      (t) => content.era.safeParse(era(t.zh)).success && content.era.safeParse(era(t.en)).success,
      published('eras', 'title'),
    ],
  ];
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.stringMatching(/^[ \t\n\u3000]*$/),
    fc.string({ unit: fc.constantFrom('区', '街', 'a', ' ', '\n'), minLength: 20, maxLength: 1200 }),
  );
  it.each(fields)('on every %s, of any length and blankness', (_, accepts, valid) => {
    fc.assert(
      fc.property(text, text, (zh, en) => {
        expect(valid({ zh: zh.trim(), en: en.trim() })).toBe(accepts({ zh, en }));
      }),
      { numRuns: 300 },
    );
  });

  it.each(fields)('on a 200-character %s', (_, accepts, valid) => {
    const long = { zh: '长'.repeat(200), en: 'x'.repeat(200) };
    expect(valid(long)).toBe(accepts(long));
  });
});

describe('content validation and the published schema agree on dates and on when a figure holds', () => {
  const dateSchema = ajv.compile({ ...generatedSchema('milestones').items!.properties!.date, $schema: undefined });
  const milestone = (date: string) => ({
    id: 'haidian-1989-x',
    date,
    district: 'haidian',
    era: 'haidian-1978',
    themes: ['civility'],
    title: { zh: '标题', en: 'Title' },
    summary: { zh: '摘要。', en: 'Summary.' },
    source: { document: 'haidian-review', section: '2.1.1' },
  });
  const dateLike = fc.oneof(
    fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    fc.stringMatching(/^\d{4}\/\d{4}$/),
    fc.tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: -3, max: 40 })).map(([y, n]) => `${y}/${y + n}`),
    fc.string({ unit: fc.constantFrom('1', '9', '0', '-', '/', ' '), maxLength: 12 }),
  );
  it('accepts exactly the same dates', () => {
    fc.assert(
      fc.property(dateLike, (date) => {
        expect(dateSchema(date)).toBe(content.milestone.safeParse(milestone(date)).success);
      }),
      { numRuns: 1000 },
    );
  });
  it('take the wording only with a span, in both', () => {
    const items = ajv.compile({ ...generatedSchema('milestones').items!, $schema: undefined });
    const wording = { zh: '进入21世纪', en: 'early in the 21st century' };
    for (const date of ['2000/2008', '2005', '2005-03']) {
      const record = { ...milestone(date), dateWording: wording };
      const published = {
        ...record,
        places: [],
        url: { zh: '/milestones/haidian-1989-x/', en: '/en/milestones/haidian-1989-x/' },
      };
      expect(items(published), date).toBe(date.includes('/'));
      expect(content.milestone.safeParse(record).success, date).toBe(date.includes('/'));
    }
  });
  it('on year, period and target', () => {
    const items = ajv.compile({ ...generatedSchema('indicators').items!, $schema: undefined });
    const figure = {
      id: 'beijing-x',
      district: 'beijing',
      metric: 'x',
      label: { zh: '甲', en: 'A' },
      value: 1,
      unit: 'count',
      source: { document: 'beijing-overview', section: '1' },
    };
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: undefined }),
        fc.option(fc.constantFrom('2012/2021', '2021/2012', '2012/2012', '2012'), { nil: undefined }),
        (target, year, period) => {
          const record = {
            ...figure,
            target,
            ...(year === undefined ? {} : { year }),
            ...(period === undefined ? {} : { period }),
          };
          const parsed = content.indicator.safeParse(record);
          expect(items(record)).toBe(parsed.success);
        },
      ),
      { numRuns: 300 },
    );
  });
});
