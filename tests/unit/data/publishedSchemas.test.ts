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
  const validTitle = ajv.compile({ ...generatedSchema('milestones').items!.properties!.title, $schema: undefined });
  const raw = (title: { zh: string; en: string }) => ({
    id: 'dongcheng-2005-grid',
    date: 2005,
    district: 'dongcheng',
    era: 'dongcheng-1997',
    themes: ['grid-management'],
    title,
    summary: { zh: '摘要。', en: 'Summary.' },
    source: { document: 'dongcheng-review', section: 3.1 },
  });
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.stringMatching(/^[ \t\n\u3000]*$/),
    fc.string({ unit: fc.constantFrom('区', '街', 'a', ' ', '\n'), minLength: 20, maxLength: 400 }),
  );
  it('on every title, of any length and blankness', () => {
    fc.assert(
      fc.property(text, text, (zh, en) => {
        const accepted = content.milestone.safeParse(raw({ zh, en })).success;
        expect(validTitle({ zh: zh.trim(), en: en.trim() })).toBe(accepted);
      }),
      { numRuns: 400 },
    );
  });

  it('on a 200-character title', () => {
    const long = '长'.repeat(200);
    expect(validTitle({ zh: long, en: 'x' })).toBe(content.milestone.safeParse(raw({ zh: long, en: 'x' })).success);
  });
});
