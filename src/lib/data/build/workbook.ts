// The open data as one .xlsx workbook (write-excel-file), for Excel, WPS and LibreOffice users: a sheet
// each for milestones, eras and figures, with both languages, sources and notes, plus the sources and
// a note on how to read and credit the data. Rows are those of the CSV files and eras.json.
import writeXlsxFile, { type Sheet } from 'write-excel-file/node';
import { LIST_SEPARATOR } from '../csv.ts';
import type { EraJson, IndicatorCsvRow, MilestoneCsvRow } from '../publishedShapes.ts';
import { INDICATOR_COLUMNS, MILESTONE_COLUMNS } from '../dataExports.ts';

type Value = string | number | boolean | null | undefined;

export interface WorkbookSource {
  id: string;
  title: { zh: string; en: string };
  publisher?: { zh: string; en: string };
  year?: number;
}

export interface WorkbookInput {
  /** Lines of the first sheet: what the workbook is, its licence and how to credit it. */
  about: readonly string[];
  milestones: readonly MilestoneCsvRow[];
  eras: readonly EraJson[];
  indicators: readonly IndicatorCsvRow[];
  sources: readonly WorkbookSource[];
}

export const SHEETS = ['about', 'milestones', 'eras', 'indicators', 'sources'] as const;

export const ERA_COLUMNS = [
  'id',
  'district',
  'order',
  'start',
  'end',
  'title_zh',
  'title_en',
  'summary_zh',
  'summary_en',
  'themes',
  'sources',
  'url_zh',
  'url_en',
] as const;

export const SOURCE_COLUMNS = ['id', 'title_zh', 'title_en', 'publisher_zh', 'publisher_en', 'year'] as const;

/** Wide columns for long text, narrow ones for ids and numbers. */
const width = (column: string) => (/^(summary|note)_/.test(column) ? 60 : /^(title|label|url)_/.test(column) ? 36 : 16);

function table<C extends string>(
  sheet: string,
  columns: readonly C[],
  rows: readonly Partial<Record<C, Value>>[],
): Sheet<Buffer> {
  return {
    sheet,
    stickyRowsCount: 1,
    columns: columns.map((c) => ({ width: width(c) })),
    data: [
      columns.map((c) => ({ value: c, fontWeight: 'bold' as const })),
      ...rows.map((row) =>
        columns.map((c) => {
          const value = row[c];
          return value === undefined || value === null || value === '' ? null : { value, wrap: true };
        }),
      ),
    ],
  };
}

export function workbookSheets(input: WorkbookInput): Sheet<Buffer>[] {
  const eras = input.eras.map((e) => ({
    id: e.id,
    district: e.district,
    order: e.order,
    start: e.start,
    end: e.end,
    title_zh: e.title.zh,
    title_en: e.title.en,
    summary_zh: e.summary.zh,
    summary_en: e.summary.en,
    themes: e.themes.join(LIST_SEPARATOR),
    sources: e.sources.map((s) => `${s.document} ${s.section}`).join(LIST_SEPARATOR),
    url_zh: e.url.zh,
    url_en: e.url.en,
  }));
  const sources = input.sources.map((s) => ({
    id: s.id,
    title_zh: s.title.zh,
    title_en: s.title.en,
    publisher_zh: s.publisher?.zh,
    publisher_en: s.publisher?.en,
    year: s.year,
  }));
  return [
    { sheet: SHEETS[0], columns: [{ width: 120 }], data: input.about.map((line) => [{ value: line, wrap: true }]) },
    table(SHEETS[1], MILESTONE_COLUMNS, input.milestones),
    table(SHEETS[2], ERA_COLUMNS, eras),
    table(SHEETS[3], INDICATOR_COLUMNS, input.indicators),
    table(SHEETS[4], SOURCE_COLUMNS, sources),
  ];
}

export async function workbook(input: WorkbookInput): Promise<Buffer> {
  return writeXlsxFile(workbookSheets(input)).toBuffer();
}
