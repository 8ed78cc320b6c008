import { describe, expect, it } from 'vitest';
import {
  defaultState,
  parseState,
  serializeState,
  type StateContext,
} from '../../../src/lib/timeline/timelineState.ts';

const ctx: StateContext = {
  districts: ['dongcheng', 'xicheng', 'haidian', 'beijing'],
  themes: ['party-building', 'grid-management', 'elderly-care'],
  milestones: new Set(['dongcheng-2005-grid', 'xicheng-2010-merger']),
  minYear: 1978,
  maxYear: 2026,
};

describe('timeline URL state', () => {
  it('parses the documented example', () => {
    expect(parseState('?d=dongcheng~xicheng&t=grid-management&from=1997&to=2012&m=dongcheng-2005-grid', ctx)).toEqual({
      districts: ['dongcheng', 'xicheng'],
      themes: ['grid-management'],
      from: 1997,
      to: 2012,
      m: 'dongcheng-2005-grid',
    });
  });

  it('survives a serialise and parse round trip', () => {
    const states = [
      defaultState(ctx),
      { districts: ['xicheng'], themes: [], from: 1978, to: 2026, m: null },
      {
        districts: ['dongcheng', 'haidian'],
        themes: ['party-building', 'elderly-care'],
        from: 1990,
        to: 1990,
        m: 'xicheng-2010-merger',
      },
    ];
    for (const state of states) expect(parseState(serializeState(state, ctx), ctx)).toEqual(state);
  });

  it('writes nothing for the default view and canonical order otherwise', () => {
    expect(serializeState(defaultState(ctx), ctx)).toBe('');
    expect(serializeState({ ...defaultState(ctx), districts: ['xicheng', 'dongcheng'] }, ctx)).toBe(
      '?d=dongcheng~xicheng',
    );
  });

  it('falls back to the default view for malformed or unknown values', () => {
    const fallback = defaultState(ctx);
    const bad = [
      '',
      '?',
      '?d=',
      '?d=nowhere',
      '?d=~~~',
      '?t=<script>alert(1)</script>',
      '?from=abc&to=xyz',
      '?from=2012&to=1997',
      '?from=19999&to=-1',
      '?m=does-not-exist',
      '?m=../../etc/passwd',
      `?t=${'x'.repeat(5000)}`,
      '?from=1e3&to=0x7d0',
      '?%E0%A4%A=1',
    ];
    for (const search of bad) {
      expect(parseState(search, ctx), search).toEqual(fallback);
    }
  });

  it('keeps the good parts of a partly bad URL and clamps years', () => {
    expect(parseState('?d=xicheng~nowhere~xicheng&t=bogus~elderly-care&from=1950&to=2100', ctx)).toEqual({
      districts: ['xicheng'],
      themes: ['elderly-care'],
      from: 1978,
      to: 2026,
      m: null,
    });
  });
});
