import { describe, expect, it } from 'vitest';
import { escapeHtml, timelineJsDate, toTimelineJs, type ExportInput } from '../../../src/lib/data/timelinejsExport.ts';

const input: ExportInput = {
  id: 'dongcheng',
  headline: '东城区',
  description: '东城区的社会建设 <1978–今>',
  url: 'https://example.org/districts/dongcheng/',
  labels: { source: '出处：', permalink: '永久链接：', together: '{date}：{n}个事件' },
  eras: [
    { id: 'dongcheng-1978', start: 1978, end: 1985, title: '恢复建制' },
    { id: 'dongcheng-2010', start: 2010, end: null, title: '两区合并 & 创新' },
  ],
  milestones: [
    {
      id: 'dongcheng-1978-x',
      district: 'dongcheng',
      date: '1978',
      era: 'dongcheng-1978',
      title: '标题',
      summary: '摘要',
      source: '《文献》第2.1节',
      url: 'https://example.org/milestones/dongcheng-1978-x/',
      displayDate: '1978年',
    },
    {
      id: 'dongcheng-2010-y',
      district: 'dongcheng',
      date: '2010-07',
      era: 'dongcheng-2010',
      title: '"合并" <b>',
      summary: 'a & b',
      source: 's',
      url: 'https://example.org/m/?a=1&b=2',
      displayDate: '2010年7月',
    },
    {
      id: 'dongcheng-2012-z',
      district: 'dongcheng',
      date: '2012-03-05',
      era: 'dongcheng-2010',
      title: 't',
      summary: 's',
      source: 's',
      url: 'https://example.org/z/',
      displayDate: '2012年3月5日',
    },
  ],
};

describe('timelineJsDate', () => {
  it('omits month and day when the date lacks them', () => {
    expect(timelineJsDate('2005')).toEqual({ year: 2005 });
    expect(timelineJsDate('2010-07', '2010年7月')).toEqual({ year: 2010, month: 7, display_date: '2010年7月' });
    expect(timelineJsDate('2012-03-05')).toEqual({ year: 2012, month: 3, day: 5 });
  });
});

describe('toTimelineJs', () => {
  const doc = toTimelineJs(input);
  it('has one event per milestone, keyed by our ASCII id', () => {
    expect(doc.events.map((e) => e.unique_id)).toEqual(['dongcheng-1978-x', 'dongcheng-2010-y', 'dongcheng-2012-z']);
    expect(doc.events[0].start_date).toEqual({ year: 1978, display_date: '1978年' });
    expect(doc.events[2].start_date).toEqual({ year: 2012, month: 3, day: 5, display_date: '2012年3月5日' });
  });
  it('has no groups in a district file, and an id for its title slide', () => {
    expect(doc.events.every((e) => e.group === undefined)).toBe(true);
    expect(doc.title.unique_id).toBe('dongcheng');
  });
  it('shows the eras as bands; an open era ends with the year of its latest milestone', () => {
    expect(doc.eras).toEqual([
      {
        start_date: { year: 1978, month: 1, day: 1 },
        end_date: { year: 1985, month: 12, day: 31 },
        text: { headline: '恢复建制' },
      },
      {
        start_date: { year: 2010, month: 1, day: 1 },
        end_date: { year: 2012, month: 12, day: 31 },
        text: { headline: '两区合并 &amp; 创新' },
      },
    ]);
  });
  it('groups by the group it is given (the combined file), and leaves eras out when given none', () => {
    const all = toTimelineJs({
      ...input,
      id: 'all-districts',
      eras: undefined,
      milestones: input.milestones.map((m) => ({ ...m, group: '东城区' })),
    });
    expect(all.events.map((e) => e.group)).toEqual(['东城区', '东城区', '东城区']);
    expect(all.eras).toBeUndefined();
  });
  it('escapes only what HTML needs (& < >; and " inside attributes), and links the page', () => {
    expect(doc.events[1].text.headline).toBe('"合并" &lt;b&gt;');
    expect(doc.events[1].text.text).toBe(
      '<p>a &amp; b</p><p>出处：s</p><p>永久链接：<a href="https://example.org/m/?a=1&amp;b=2">https://example.org/m/?a=1&amp;b=2</a></p>',
    );
    expect(doc.title.text.headline).toBe('东城区');
    expect(doc.title.text.text).toContain('&lt;1978–今&gt;');
    expect(escapeHtml(`<a href='x'>Beijing's "plan"</a>`)).toBe(`&lt;a href='x'&gt;Beijing's "plan"&lt;/a&gt;`);
    expect(JSON.stringify(doc)).not.toMatch(/&#\d+;|&quot;|&#39;/);
  });
  it('tells the milestones of one district and date on one slide, so no marker hides under another', () => {
    const [first] = input.milestones;
    const twice = toTimelineJs({
      ...input,
      milestones: [first, { ...first, id: 'dongcheng-1978-w', title: '另一事件' }, ...input.milestones.slice(1)],
    });
    expect(twice.events.map((e) => e.unique_id)).toEqual([
      'dongcheng-1978-milestones',
      'dongcheng-2010-y',
      'dongcheng-2012-z',
    ]);
    expect(twice.events[0].text.headline).toBe('1978年：2个事件');
    expect(twice.events[0].text.text).toMatch(/^<h3>标题<\/h3><p>摘要<\/p>.*<h3>另一事件<\/h3>/);
    expect(twice.events[0].start_date).toEqual({ year: 1978, display_date: '1978年' });
  });
  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('a roughly dated event and a context record', () => {
  const doc = toTimelineJs({
    ...input,
    milestones: [
      {
        ...input.milestones[0],
        id: 'haidian-1989-x',
        date: '1989/1990',
        era: 'dongcheng-1978',
        displayDate: '20世纪80年代末90年代初（约1989—1990年）',
      },
      { ...input.milestones[1], id: 'dongcheng-2010-national', context: '全国性文件：背景 <引用>' },
    ],
  });
  it('spans its years, from its first to the end of its last, with the wording as its display date', () => {
    const span = doc.events.find((e) => e.unique_id === 'haidian-1989-x')!;
    expect(span.start_date).toEqual({ year: 1989, display_date: '20世纪80年代末90年代初（约1989—1990年）' });
    expect(span.end_date).toEqual({ year: 1990, month: 12, day: 31 });
    expect(doc.events.find((e) => e.unique_id === 'dongcheng-2010-national')!.end_date).toBeUndefined();
  });
  it('says "context" above a context record\'s text', () => {
    const text = doc.events.find((e) => e.unique_id === 'dongcheng-2010-national')!.text.text!;
    expect(text.startsWith('<p><em>全国性文件：背景 &lt;引用&gt;</em></p>')).toBe(true);
  });
});
