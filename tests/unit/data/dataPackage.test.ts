// The data dictionary, the Data Package descriptor and the workbook, each from the published schemas.
import { describe, expect, it } from 'vitest';
import { validate } from 'datapackage';
import readXlsxFile from 'read-excel-file/node';
import { describer, dictionaryRows, typeLabel } from '../../../src/lib/data/dataDictionary.ts';
import { DATA_FILES, dataPackage, tableSchema } from '../../../src/lib/data/dataPackage.ts';
import { generatedSchema, SCHEMAS } from '../../../src/lib/data/publishedSchemas.ts';

import { SHEETS, workbook } from '../../../src/lib/data/build/workbook.ts';
import {
  INDICATOR_COLUMNS,
  MILESTONE_COLUMNS,
  indicatorCsvRows,
  milestoneCsvRows,
} from '../../../src/lib/data/dataExports.ts';
import { dataset, describeEn } from '../../fixtures/publishedData.ts';
import { zh } from '../../../src/i18n/zh.ts';

describe('the data dictionary', () => {
  it('reads meanings by field name, the source_ prefix and the _zh/_en suffixes', () => {
    const describe = describer((key) => (zh as Record<string, string>)[key]);
    expect(describe('title_zh')).toBe(`中文：${zh['data.field.title']}`);
    expect(describe('source_document')).toBe(zh['data.field.document']);
    expect(describe('no-such-field')).toBeUndefined();
  });

  it('lists every field of a record with a type and a meaning, nested objects as paths', () => {
    const rows = dictionaryRows(generatedSchema('milestones'), describeEn);
    expect(rows.map((r) => r.field)).toEqual([
      'id',
      'district',
      'era',
      'date',
      'dateWording',
      'scope',
      'title',
      'summary',
      'themes',
      'places',
      'source.document',
      'source.section',
      'url',
    ]);
    expect(rows.find((r) => r.field === 'date')!.type).toBe('string (YYYY | YYYY-MM | date | YYYY/YYYY)');
    expect(rows.find((r) => r.field === 'title')!.type).toBe('{zh, en}: string');
    expect(rows.every((r) => r.meaning)).toBe(true);
    expect(rows.filter((r) => !r.required).map((r) => r.field)).toEqual(['dateWording', 'scope']);
    expect(rows.find((r) => r.field === 'scope')!.type).toBe('national | city');
    const eras = dictionaryRows(generatedSchema('eras'), describeEn);
    expect(eras.find((r) => r.field === 'end')!.type).toBe('integer | null');
    expect(eras.map((r) => r.field)).toContain('sources[].document');
    const places = dictionaryRows(generatedSchema('places'), describeEn);
    expect(places.find((r) => r.field === 'geometry.coordinates')!.type).toBe('[number, number]');
    expect(places.find((r) => r.field === 'properties.precision')!.type).toBe('exact | approximate | area');
    expect(typeLabel({ type: 'string', format: 'uri' })).toBe('string (URL)');
  });

  it('has a meaning for every field of every file, in both languages', () => {
    const describeZh = describer((key) => (zh as Record<string, string>)[key]);
    for (const name of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]) {
      for (const describe of [describeEn, describeZh]) {
        const missing = dictionaryRows(generatedSchema(name), describe).filter((r) => !r.meaning);
        expect(missing.map((r) => `${name}: ${r.field}`)).toEqual([]);
      }
    }
  });
});

describe('the Data Package', () => {
  const descriptor = dataPackage({
    title: 'T',
    description: 'D',
    describeFile: (name) => `about ${name}`,
    describeField: describeEn,
    bytes: () => 1,
    sources: [{ title: 'S' }],
    temporal: { start: '1978', end: '2021' },
    spatial: { name: 'Beijing', bbox: [115.4, 39.4, 117.5, 41.1] },
    boundaries: { title: 'B', path: 'https://example.org', licence: 'MIT' },
    timelinejs: [{ name: 'timelinejs/dongcheng.json', description: 'TL' }],
  });

  it('is valid against the Data Package profile, with a resource for every file', async () => {
    const { valid, errors } = await validate(descriptor);
    expect(errors.map(String)).toEqual([]);
    expect(valid).toBe(true);
    expect(descriptor.resources.map((r) => r.path)).toEqual([
      ...DATA_FILES.map((f) => f.name),
      'timelinejs/dongcheng.json',
    ]);
  });

  it('gives each table its fields, in the order of the file, with required and enum constraints', () => {
    const csv = tableSchema('milestones-csv', describeEn);
    expect(csv.fields.map((f) => f.name)).toEqual([...MILESTONE_COLUMNS]);
    expect(csv.primaryKey).toBe('id');
    expect(csv.fields.find((f) => f.name === 'note_zh')!.constraints).toBeUndefined();
    expect(csv.fields.find((f) => f.name === 'id')!.constraints).toEqual({ required: true });
    const eras = tableSchema('eras', describeEn);
    expect(eras.fields.find((f) => f.name === 'end')).toMatchObject({ type: 'integer' });
    expect(eras.fields.find((f) => f.name === 'end')!.constraints).toBeUndefined();
    expect(eras.fields.find((f) => f.name === 'title')!.type).toBe('object');
    expect(
      tableSchema('indicators-csv', describeEn).fields.find((f) => f.name === 'unit')!.constraints!.enum,
    ).toContain('percent');
  });
});

describe('the workbook', () => {
  it('is an .xlsx that another reader opens, one sheet per table with its columns', async () => {
    const buffer = await workbook({
      about: ['About', 'CC BY 4.0'],
      milestones: milestoneCsvRows(
        dataset.milestones.map((e) => e.data),
        'https://example.org/',
      ),
      eras: [],
      indicators: indicatorCsvRows(dataset.indicators.map((e) => e.data)),
      sources: dataset.sources.map((e) => e.data),
    });
    const sheets = await readXlsxFile(buffer);
    expect(sheets.map((s) => s.sheet)).toEqual([...SHEETS]);
    expect(sheets[1].data[0]).toEqual([...MILESTONE_COLUMNS]);
    expect(sheets[1].data).toHaveLength(dataset.milestones.length + 1);
    expect(sheets[3].data[0]).toEqual([...INDICATOR_COLUMNS]);
    expect(sheets[4].data).toHaveLength(dataset.sources.length + 1);
  });
});
