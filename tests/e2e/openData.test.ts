// The open data as a data user gets it from the build: /data/ lists and describes every file (axe-clean
// in both languages); each JSON file passes the schema published beside it, which rejects broken
// copies; datapackage.json is a valid Frictionless Data Package whose resources are the files as
// served; the CSV files are UTF-8 with a BOM; the .xlsx workbook opens in another reader.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { validate as validateDataPackage } from 'datapackage';
import readXlsxFile from 'read-excel-file/node';
import { base, launch, url, watchedPage } from './browser.ts';
import { axeViolations } from './axe.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { PUBLISHED_SCHEMAS, SCHEMAS, type PublishedSchema } from '../../src/lib/data/publishedSchemas.ts';
import { INDICATOR_COLUMNS, MILESTONE_COLUMNS } from '../../src/lib/data/dataExports.ts';
import { ERA_COLUMNS } from '../../src/lib/data/build/workbook.ts';
import { brokenCopies, strictAjv } from '../fixtures/publishedData.ts';

const DIST = join(process.env.DIST_DIR ?? 'dist', 'data');
const fetchJson = async <T = unknown>(path: string) => (await (await fetch(url(path))).json()) as T;
const fetchBytes = async (path: string) => new Uint8Array(await (await fetch(url(path))).arrayBuffer());

/** Every file the build wrote under /data/ except the page itself, as paths like "timelinejs/en/x.json". */
const builtFiles = readdirSync(DIST, { recursive: true, withFileTypes: true })
  // Precompressed copies (.gz, .br) are the same files, served by content negotiation.
  .filter((d) => d.isFile() && !/^index\.html|\.(gz|br)$/.test(d.name))
  .map((d) => join(d.parentPath, d.name).slice(DIST.length + 1))
  .sort();

let browser: Browser;
const files = {} as Record<PublishedSchema, unknown>;
beforeAll(async () => {
  browser = await launch();
  for (const name of PUBLISHED_SCHEMAS) files[name] = await fetchJson(`/data/${SCHEMAS[name].file}`);
});
afterAll(() => browser?.close());

describe('/data/', () => {
  it('the TimelineJS recipe and the credit line name the origin serving the page', async () => {
    const { page } = await watchedPage(browser);
    try {
      await page.goto(url('/en/data/'));
      await expect(page.locator('.code-sample code').textContent()).resolves.toContain(
        `new TL.Timeline('timeline-embed', '${url('/data/timelinejs/dongcheng.json')}'`,
      );
      await expect(page.locator('#data-licence ~ p [data-site-path]').last().textContent()).resolves.toBe(url('/en/'));
    } finally {
      await page.close();
    }
  });

  for (const locale of ['zh', 'en'] as const) {
    it(`lists every file with its real size, and a data dictionary, axe-clean (${locale})`, async () => {
      const { page, consoleErrors, offOrigin } = await watchedPage(browser);
      try {
        expect((await page.goto(url(locale === 'en' ? '/en/data/' : '/data/')))?.status()).toBe(200);
        const hrefs = await page.$$eval('main a[href*="/data/"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
        const listed = new Set(hrefs.map((h) => decodeURIComponent(new URL(h).pathname).split('/data/')[1]));
        expect(builtFiles.filter((f) => !listed.has(f))).toEqual([]);
        for (const href of new Set(hrefs)) expect((await fetch(href)).status, href).toBe(200);

        // The size column says what the file weighs, to 0.1 KB.
        const rows = await page.$$eval('.data-files tbody tr', (trs) =>
          trs.map((tr) => [tr.querySelector('th')!.textContent.trim(), tr.querySelector('td.num')!.textContent]),
        );
        expect(rows.length).toBeGreaterThan(12);
        for (const [name, size] of rows) {
          const bytes = (await fetchBytes(`/data/${name}`)).length;
          const kb = Number(/([\d.,]+)\s*KB/.exec(size)![1].replace(/,/g, ''));
          expect(Math.abs(kb - bytes / 1024), name).toBeLessThanOrEqual(0.06);
        }

        // One dictionary per data file with a schema, every field with a type and a meaning.
        const dictionaries = await page.$$eval('.data-dictionary', (sections) =>
          sections.map((s) => ({
            file: s.querySelector('h3')!.textContent.trim(),
            rows: [...s.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent.trim())),
          })),
        );
        expect(dictionaries.map((d) => d.file).sort()).toEqual(
          Object.values(SCHEMAS)
            .map((s) => s.file)
            .sort(),
        );
        for (const d of dictionaries) {
          expect(d.rows.length, d.file).toBeGreaterThan(3);
          for (const [field, type, meaning] of d.rows)
            expect([field, type, meaning].every(Boolean), `${d.file} ${field}`).toBe(true);
        }
        expect(await page.locator('main').textContent()).toContain('UTF-8');

        // Best practices too: a table's scroll region and its section once made two regions of one name.
        expect(await axeViolations(page, { bestPractice: true })).toEqual([]);
        expect(consoleErrors).toEqual([]);
        expect(offOrigin).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

describe('the published JSON Schemas', () => {
  const ajv = strictAjv();
  const validators = {} as Record<PublishedSchema, ReturnType<typeof ajv.compile>>;
  beforeAll(async () => {
    for (const name of PUBLISHED_SCHEMAS) {
      const schema = await fetchJson<{ $id?: string; $schema: string }>(`/data/${name}.schema.json`);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      // $id must be absolute: it is there only when the build knows its origin (SITE_URL).
      if (process.env.SITE_URL)
        expect(schema.$id).toBe(new URL(`${base}data/${name}.schema.json`, process.env.SITE_URL).href);
      else expect(schema.$id).toBeUndefined();
      validators[name] = ajv.compile(schema);
    }
  });

  it.each(PUBLISHED_SCHEMAS)('%s: the published file passes', (name) => {
    const ok = validators[name](files[name]);
    expect(ok ? '' : ajv.errorsText(validators[name].errors)).toBe('');
  });

  it('reject every broken copy', () => {
    for (const [what, name, data, where] of brokenCopies(files)) {
      const ok = validators[name](data);
      expect(ok ? '' : ajv.errorsText(validators[name].errors), what).toMatch(where);
    }
  });
});

describe('datapackage.json', () => {
  interface Resource {
    path: string;
    bytes: number;
    format: string;
    profile?: string;
    schema?: { fields: { name: string }[] };
  }
  let descriptor: { resources: Resource[]; licenses: { name: string }[] } & Record<string, unknown>;
  beforeAll(async () => {
    descriptor = await fetchJson('/data/datapackage.json');
  });

  it('is valid against the Data Package profile (the frictionless datapackage library)', async () => {
    const { valid, errors } = await validateDataPackage(descriptor);
    expect(errors.map(String)).toEqual([]);
    expect(valid).toBe(true);
    // The validator can fail: a resource without a path is caught.
    const bad = { ...descriptor, resources: [{ name: 'x' }] };
    expect((await validateDataPackage(bad)).valid).toBe(false);
  });

  it('has every file as a resource, with its real size, licence, sources and coverage', async () => {
    const paths = descriptor.resources.map((r) => r.path);
    expect(builtFiles.filter((f) => !/\.schema\.json$|^datapackage\.json$/.test(f) && !paths.includes(f))).toEqual([]);
    for (const r of descriptor.resources) expect((await fetchBytes(`/data/${r.path}`)).length, r.path).toBe(r.bytes);
    expect(descriptor.licenses.map((l) => l.name)).toContain('CC-BY-4.0');
    expect((descriptor.sources as unknown[]).length).toBe(5);
    const temporal = descriptor.temporal as { start: string; end: string };
    expect(temporal.start).toBe('1978');
    expect(temporal.end).toMatch(/^20\d\d$/);
    expect((descriptor.spatial as { bbox: number[] }).bbox).toHaveLength(4);
  });

  it('describes the fields each table really has', async () => {
    for (const r of descriptor.resources.filter((x) => x.profile === 'tabular-data-resource')) {
      const names = r.schema!.fields.map((f) => f.name);
      if (r.format === 'csv') {
        expect(parseCsv(new TextDecoder().decode(await fetchBytes(`/data/${r.path}`)))[0], r.path).toEqual(names);
      } else {
        const records = await fetchJson<Record<string, unknown>[]>(`/data/${r.path}`);
        expect([...new Set(records.flatMap((x) => Object.keys(x)))].sort(), r.path).toEqual([...names].sort());
      }
    }
  });
});

describe('CSV files', () => {
  it('are UTF-8 with a BOM, CRLF, one row per record, with the documented columns', async () => {
    const milestones = files.milestones as { id: string; title: { zh: string } }[];
    for (const [path, columns, count] of [
      ['/data/milestones.csv', MILESTONE_COLUMNS, milestones.length],
      ['/data/indicators.csv', INDICATOR_COLUMNS, (files.indicators as unknown[]).length],
    ] as const) {
      const bytes = await fetchBytes(path);
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(text.endsWith('\r\n')).toBe(true);
      const rows = parseCsv(text);
      expect(rows[0]).toEqual([...columns]);
      expect(rows.length - 1).toBe(count);
    }
    const rows = parseCsv(new TextDecoder().decode(await fetchBytes('/data/milestones.csv')));
    expect(rows.slice(1).map((r) => r[MILESTONE_COLUMNS.indexOf('title_zh')])).toEqual(
      milestones.map((m) => m.title.zh),
    );
  });
});

describe('the .xlsx workbook', () => {
  it('opens in another reader (read-excel-file) with every milestone, era and figure in both languages', async () => {
    const sheets = await readXlsxFile(Buffer.from(await fetchBytes('/data/beijing-social-reform.xlsx')));
    const sheet = (name: string) => sheets.find((s) => s.sheet === name)!.data;
    expect(sheets.map((s) => s.sheet)).toEqual(['about', 'milestones', 'eras', 'indicators', 'sources']);

    const milestones = files.milestones as { id: string; title: { zh: string; en: string } }[];
    const [header, ...rows] = sheet('milestones');
    expect(header).toEqual([...MILESTONE_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual(milestones.map((m) => m.id));
    expect(rows.map((r) => r[header.indexOf('title_zh')])).toEqual(milestones.map((m) => m.title.zh));
    expect(rows.map((r) => r[header.indexOf('title_en')])).toEqual(milestones.map((m) => m.title.en));

    const eras = files.eras as { id: string; end: number | null }[];
    const [eraHeader, ...eraRows] = sheet('eras');
    expect(eraHeader).toEqual([...ERA_COLUMNS]);
    expect(eraRows.map((r) => r[0])).toEqual(eras.map((e) => e.id));
    expect(eraRows.map((r) => r[eraHeader.indexOf('end')])).toEqual(eras.map((e) => e.end));

    const indicators = files.indicators as { id: string; value: number }[];
    const [indicatorHeader, ...indicatorRows] = sheet('indicators');
    expect(indicatorHeader).toEqual([...INDICATOR_COLUMNS]);
    expect(indicatorRows.map((r) => r[indicatorHeader.indexOf('value')])).toEqual(indicators.map((i) => i.value));
    expect(sheet('sources')).toHaveLength(6);
    expect(sheet('about').flat().join('\n')).toContain('CC BY 4.0');
  });
});
