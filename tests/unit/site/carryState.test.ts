import { describe, expect, it } from 'vitest';
import { carryState, pairAnchors } from '../../../src/lib/site/carryState.ts';

describe('pairing the headings of a text and its translation', () => {
  it('pairs them in order while their levels agree, listing only anchors that differ', () => {
    const zh = [
      { depth: 2, slug: '在首都中的角色' },
      { depth: 2, slug: '主要成就' },
      { depth: 3, slug: 'notes' },
      { depth: 2, slug: '重点事件' },
    ];
    const en = [
      { depth: 2, slug: 'role-in-the-capital' },
      { depth: 2, slug: 'achievements' },
      { depth: 3, slug: 'notes' },
      { depth: 3, slug: 'extra' },
    ];
    expect(pairAnchors(zh, en)).toEqual({ 在首都中的角色: 'role-in-the-capital', 主要成就: 'achievements' });
    expect(pairAnchors(en, zh)).toEqual({ 'role-in-the-capital': '在首都中的角色', achievements: '主要成就' });
    expect(pairAnchors([], en)).toEqual({});
  });
});

describe('carrying the reader’s place to another address', () => {
  it('keeps the query and the anchor', () => {
    expect(carryState('/en/timeline/', '?d=dongcheng~xicheng&m=x', '#lanes')).toBe(
      '/en/timeline/?d=dongcheng~xicheng&m=x#lanes',
    );
    expect(carryState('/search/', '?q=%E7%BD%91%E6%A0%BC', '')).toBe('/search/?q=%E7%BD%91%E6%A0%BC');
    expect(carryState('https://example.org/en/map/', '', '#place-dongcheng-hepingli')).toBe(
      'https://example.org/en/map/#place-dongcheng-hepingli',
    );
  });

  it('maps an anchor the other version names differently, both ways', () => {
    const toEn = { 主要成就: 'achievements' };
    expect(carryState('/en/districts/dongcheng/', '', `#${encodeURIComponent('主要成就')}`, toEn)).toBe(
      '/en/districts/dongcheng/#achievements',
    );
    const toZh = { achievements: '主要成就' };
    expect(carryState('/districts/dongcheng/', '?x=1', '#achievements', toZh)).toBe(
      `/districts/dongcheng/?x=1#${encodeURIComponent('主要成就')}`,
    );
  });

  it('drops empty parts and replaces what the target carried, and survives a malformed anchor', () => {
    expect(carryState('/en/?old=1#top', '?', '#')).toBe('/en/');
    expect(carryState('/en/', '', '#%E4%ZZ')).toBe('/en/#%E4%ZZ');
    expect(carryState('/en/', '', '#toString')).toBe('/en/#toString');
  });
});
