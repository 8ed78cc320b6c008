// Bad content must fail with one precise line: file › record › field: reason.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/build/contentFiles.ts';
import { ContentError, contentReport, fieldPath, formatIssue } from '../../../src/lib/content/contentIssues.ts';
import { TEXT_MAX, VISIBLE } from '../../../src/lib/content/schemas.ts';
import { BAD_CASES, contentWith } from '../../fixtures/bad/cases.ts';
import { cpuMillis } from '../cpuTime.ts';

const VALID = 'tests/fixtures/content';
let disposals: (() => void)[] = [];
afterEach(() => {
  disposals.forEach((dispose) => dispose());
  disposals = [];
});

function folder(bad: string | null): string {
  const { root, dispose } = contentWith(bad);
  disposals.push(dispose);
  return root;
}

describe('the valid fixture', () => {
  it('has no problems', () => {
    const { dataset, issues } = readContent(VALID);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(dataset.milestones.map((m) => m.key)).toEqual(['dongcheng-1980-first', 'dongcheng-2005-grid']);
  });
});

describe('bad content fixtures', () => {
  it.each(BAD_CASES.map((c) => [c.name, c] as const))('%s', (_, { name, lines }) => {
    const root = folder(name);
    expect(readContent(root).issues.map(formatIssue)).toEqual(lines(root));
  });

  it('reads a file with a byte-order mark as if it had none', () => {
    const era = readContent(folder('bom')).dataset.eras.find((e) => e.key === 'zh/dongcheng-1978');
    expect(era?.data.title).toBe('zh era one');
    expect(era?.body?.trim()).toBe('Fixture narrative (zh).');
  });
});

describe('limits', () => {
  it('stops a 5 MB summary with one short line, at once', () => {
    const root = folder(null);
    const file = join(root, 'milestones/fixture-doc.yaml');
    const huge = 'x'.repeat(5 * 1024 * 1024);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Summary of the first event.', huge));
    const { result: lines, ms } = cpuMillis(() => readContent(root).issues.map(formatIssue));
    expect(ms).toBeLessThan(5000);
    expect(lines).toEqual([
      `${file} › dongcheng-1980-first › summary.en: is 5242880 characters long; at most ${TEXT_MAX.text.en} are allowed`,
    ]);
  });

  it('counts as blank only what shows nothing', () => {
    for (const blank of ['', ' ', '\u3000', '\u200b\u200c\u200d', '\ufeff', '\u202e\u2066\u200e', '\u00ad\u2060', '\u3164', '\u2800', '\t\n'])
      expect(VISIBLE.test(blank), JSON.stringify(blank)).toBe(false);
    for (const text of ['a', '中', '\u200bx', '·', '0']) expect(VISIBLE.test(text), text).toBe(true);
  });
});

describe('other checks', () => {
  it('reports YAML syntax errors with the file', () => {
    const root = folder(null);
    writeFileSync(join(root, 'places/dongcheng.yaml'), '- id: [unclosed\n');
    const messages = readContent(root).issues.map(formatIssue);
    expect(messages[0]).toMatch(new RegExp(`^${root}/places/dongcheng.yaml › \\(file\\) › \\(file\\): YAML syntax:`));
  });

  it('finds an era without its other language and a gap between eras', () => {
    const root = folder(null);
    rmSync(join(root, 'eras/en/dongcheng-1978.mdx'));
    for (const l of ['zh', 'en']) {
      const f = join(root, `eras/${l}/dongcheng-1986.mdx`);
      writeFileSync(f, readFileSync(f, 'utf8').replace('start: 1986', 'start: 1987'));
    }
    const messages = readContent(root).issues.map(formatIssue);
    expect(messages).toContain(
      `${root}/eras/zh/dongcheng-1978.mdx › zh/dongcheng-1978 › (file): missing its en version (eras/en/dongcheng-1978.mdx)`,
    );
    expect(messages).toContain(
      `${root}/eras/zh/dongcheng-1986.mdx › zh/dongcheng-1986 › start: 1987 does not follow era "dongcheng-1978" (ends 1985): expected 1986`,
    );
  });

  it('accepts a place in another district when the note says why', () => {
    const root = folder('place-in-other-district');
    const file = join(root, 'milestones/fixture-doc.yaml');
    const note = '  note: { zh: 会议在西城举行。, en: The meeting was held in Xicheng. }\n';
    writeFileSync(file, readFileSync(file, 'utf8').replace('- id: dongcheng-2005-grid', `${note}- id: dongcheng-2005-grid`));
    expect(readContent(root).issues.map(formatIssue)).toEqual([]);
  });

  it('keeps a span of years inside its era, and its wording with a span only', () => {
    const root = folder(null);
    const file = join(root, 'milestones/fixture-doc.yaml');
    const yaml = readFileSync(file, 'utf8');
    const wording = '  dateWording: { zh: 二十世纪八十年代中期, en: the mid-1980s }\n';
    writeFileSync(file, yaml.replace('date: "1980"', `date: "1984/1986"\n${wording.trimEnd()}`));
    expect(readContent(root).issues.map(formatIssue)).toEqual([
      `${root}/milestones/fixture-doc.yaml › dongcheng-1980-first › date: 1984/1986 lies outside its era "dongcheng-1978" (1978–1985)`,
    ]);
    writeFileSync(file, yaml.replace('date: "1980"', `date: "1983/1985"\n${wording.trimEnd()}`));
    expect(readContent(root).issues.map(formatIssue)).toEqual([]);
    writeFileSync(file, yaml.replace('date: "1980"', `date: "1983"\n${wording.trimEnd()}`));
    expect(readContent(root).issues.map(formatIssue)).toEqual([
      `${root}/milestones/fixture-doc.yaml › dongcheng-1980-first › dateWording: only a span of years ("YYYY/YYYY") carries the source's wording`,
    ]);
  });

  it('dates a figure by a year or by the period it falls in, never both, and a measurement by one of them', () => {
    const root = folder(null);
    const file = join(root, 'indicators/fixture-doc.yaml');
    const yaml = readFileSync(file, 'utf8');
    const lines = (replacement: string) => {
      writeFileSync(file, yaml.replace('  year: 2015\n', replacement));
      return readContent(root).issues.map(formatIssue);
    };
    const record = `${root}/indicators/fixture-doc.yaml › dongcheng-resident-population-2015`;
    expect(lines('  period: "2012/2015"\n')).toEqual([]);
    expect(lines('  target: true\n')).toEqual([]);
    expect(lines('  year: 2015\n  period: "2012/2015"\n')).toEqual([`${record} › period: give a year or a period, not both`]);
    expect(lines('')).toEqual([
      `${record} › year: a measurement needs a year, or the period it falls in when the source gives no year`,
    ]);
    expect(lines('  period: "2015/2012"\n')).toEqual([`${record} › period: must be a span of years "YYYY/YYYY", the first year first`]);
    expect(lines('  period: "2012/2020"\n')).toEqual([
      `${record} › period: 2012/2020 lies outside the years its source "fixture-doc" covers (1978–2017)`,
    ]);
    expect(lines('  year: 2015\n  qualifier: roughly\n')[0]).toMatch(/ › qualifier: /);
  });

  it('retires an id only to a page that exists, and never a live one', () => {
    const root = folder(null);
    writeFileSync(
      join(root, 'retired.yaml'),
      [
        '- { id: dongcheng-1979-old, redirect: { kind: era, id: dongcheng-1978 }, reason: { zh: 不是事件。, en: Not an event. } }',
        '- { id: dongcheng-1980-first, redirect: { kind: era, id: dongcheng-1978 }, reason: { zh: 理由。, en: Why. } }',
        '- { id: dongcheng-1981-gone, redirect: { kind: plan, id: no-such-plan }, reason: { zh: 理由。, en: Why. } }',
        '- { id: dongcheng-1982-gone, redirect: { kind: milestone, id: dongcheng-1979-old }, reason: { zh: 理由。, en: Why. } }',
        '',
      ].join('\n'),
    );
    expect(readContent(root).issues.map(formatIssue)).toEqual([
      `${root}/retired.yaml › dongcheng-1980-first › id: "dongcheng-1980-first" is retired but still a milestone: remove one of them`,
      `${root}/retired.yaml › dongcheng-1981-gone › redirect.id: unknown plan "no-such-plan"`,
      `${root}/retired.yaml › dongcheng-1982-gone › redirect.id: unknown milestone "dongcheng-1979-old" (itself retired)`,
    ]);
  });

  it('reports a missing content folder', () => {
    expect(readContent('no/such/folder').issues.map(formatIssue)).toEqual([
      'no/such/folder › (folder) › (folder): the content folder is missing',
    ]);
  });

  it('keeps every message on one line', () => {
    const issue = { file: 'f.yaml', record: 'a\nb', field: 'title', message: `two\nlines\u2028${'x'.repeat(400)}` };
    const line = formatIssue(issue);
    expect(line).not.toMatch(/[\n\r\u2028]/);
    expect(line.length).toBeLessThan(400);
    expect(contentReport([issue], 'content').split('\n')).toHaveLength(3);
  });

  it('ContentError lists every problem and fieldPath reads naturally', () => {
    const error = new ContentError([{ file: 'f.yaml', record: 'r', field: 'title.zh', message: 'must not be empty' }]);
    expect(error.message).toBe('Content is invalid (1 problem):\nf.yaml › r › title.zh: must not be empty');
    expect(fieldPath(['themes', 0])).toBe('themes[0]');
    expect(fieldPath([])).toBe('(record)');
  });
});
