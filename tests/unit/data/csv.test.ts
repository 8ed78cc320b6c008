import { describe, expect, it } from 'vitest';
import { BOM, csvField, parseCsv, toCsv } from '../../../src/lib/data/csv.ts';

describe('csvField', () => {
  it('leaves plain text, numbers and Chinese alone', () => {
    expect(csvField('grid-management')).toBe('grid-management');
    expect(csvField(91.9)).toBe('91.9');
    expect(csvField('东城区首创网格化城市管理模式')).toBe('东城区首创网格化城市管理模式');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
  it('quotes commas, quotes and line breaks inside Chinese text, doubling quotes', () => {
    expect(csvField('东城,西城')).toBe('"东城,西城"');
    expect(csvField('提出"全响应"理念')).toBe('"提出""全响应""理念"');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('第一行\r\n第二行')).toBe('"第一行\r\n第二行"');
    expect(csvField('“全响应”，网格')).toBe('“全响应”，网格');
  });
});

describe('toCsv', () => {
  const header = ['id', 'title_zh', 'value'];
  const rows = [
    ['a', '东城, 西城与"海淀"\n合并', 1],
    ['b', '普通文字', null],
  ];
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = toCsv(header, rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv).toBe(`${BOM}id,title_zh,value\r\na,"东城, 西城与""海淀""\n合并",1\r\nb,普通文字,\r\n`);
    expect(toCsv(header, [], { bom: false })).toBe('id,title_zh,value\r\n');
  });
  it('reads back to the same cells', () => {
    expect(parseCsv(toCsv(header, rows))).toEqual([
      header,
      ['a', '东城, 西城与"海淀"\n合并', '1'],
      ['b', '普通文字', ''],
    ]);
  });
});
