// The real content: complete, contiguous, and its permalinks stable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/build/contentFiles.ts';
import { formatIssue } from '../../../src/lib/content/contentIssues.ts';

const { dataset, issues } = readContent('content');
const eraIds = [...new Set(dataset.eras.map((e) => e.key.split('/')[1]))];
const erasOf = (district: string) =>
  eraIds.map((id) => dataset.eras.find((e) => e.key === `zh/${id}`)!.data).filter((e) => e.district === district).sort((a, b) => a.start - b.start);

describe('content', () => {
  it('is valid', () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('has the phases each chapter names, contiguous from 1978', () => {
    const phases = (district: string) => erasOf(district).map((e) => [e.start, e.end]);
    expect(phases('dongcheng')).toEqual([[1978, 1985], [1986, 1996], [1997, 2009], [2010, null]]);
    expect(phases('xicheng')).toEqual([[1978, 1989], [1990, 2007], [2008, 2010], [2011, null]]);
    expect(phases('haidian')).toEqual([[1978, 1992], [1993, 2008], [2009, null]]);
    expect(phases('beijing')).toEqual([[2012, null]]);
  });

  it('has milestones in every era, in both languages', () => {
    for (const id of eraIds) {
      expect(dataset.milestones.filter((m) => m.data.era === id).length, id).toBeGreaterThan(0);
      expect(dataset.eras.filter((e) => e.key.endsWith(`/${id}`)).map((e) => e.key.split('/')[0]).sort(), id).toEqual(['en', 'zh']);
    }
  });

  it('cites every source section that holds a dated event', () => {
    const cited = new Set(dataset.milestones.flatMap((m) => [m.data.source, ...(m.data.alsoIn ?? [])].map((s) => `${s.document}#${s.section}`)));
    const uncited = dataset.sources.flatMap((s) => s.data.sections.filter((x) => x.dated).map((x) => `${s.data.id}#${x.id}`)).filter((k) => !cited.has(k));
    expect(uncited).toEqual([]);
    expect(dataset.sources.map((s) => s.data.id).sort()).toEqual(['beijing-overview', 'dongcheng-plan', 'dongcheng-review', 'haidian-review', 'xicheng-review']);
  });

  it('keeps every published milestone id (permalinks are promises): live, or retired to a page that exists', () => {
    const published = JSON.parse(readFileSync('tests/fixtures/milestone-ids.json', 'utf8')) as string[];
    const current = new Set(dataset.milestones.map((m) => m.key));
    const retired = new Map(dataset.retired.map((r) => [r.data.id, r.data.redirect]));
    const eras = new Set(dataset.eras.map((e) => e.key.split('/')[1]));
    const plans = new Set(dataset.plans.map((p) => p.key));
    const exists = ({ kind, id }: { kind: string; id: string }) =>
      kind === 'era' ? eras.has(id) : kind === 'plan' ? plans.has(id) : current.has(id);
    expect(published.filter((id) => !current.has(id) && !retired.has(id)), 'removed or renamed milestone ids').toEqual([]);
    expect([...retired].filter(([id, to]) => current.has(id) || !exists(to)), 'retired ids: not live, target exists').toEqual([]);
    expect([...retired.keys()].filter((id) => !published.includes(id)), 'a retired id was published').toEqual([]);
    const added = [...current].filter((id) => !published.includes(id));
    expect(added, 'new milestone ids: add them to tests/fixtures/milestone-ids.json').toEqual([]);
  });

  it('records the disagreements the product owner named, with notes', () => {
    const unemployment = dataset.indicators.filter((i) => i.data.district === 'beijing' && i.data.metric === 'registered-unemployment-rate' && i.data.year === 2015);
    expect(unemployment.map((i) => i.data.value).sort()).toEqual([0.8, 0.9]);
    expect(unemployment.every((i) => i.data.note)).toBe(true);
    // The master plan's period: 2016–2035 in two chapters, 2016–2030 in the Haidian chapter.
    const plan = dataset.milestones.find((m) => m.key === 'beijing-2017-master-plan-published')!.data;
    for (const locale of ['zh', 'en'] as const) {
      expect(plan.note?.[locale], locale).toMatch(/2016\D{1,3}2030/);
      expect(plan.note?.[locale], locale).toMatch(/2016\D{1,3}2035/);
    }
  });

  it('uses each metric id with one unit and names every figure\'s source', () => {
    expect(dataset.indicators.length).toBeGreaterThan(100);
    const units = new Map<string, Set<string>>();
    for (const i of dataset.indicators) {
      expect(i.data.source.section, i.key).toBeTruthy();
      units.set(i.data.metric, (units.get(i.data.metric) ?? new Set()).add(i.data.unit));
    }
    const mixed = [...units].filter(([, set]) => set.size > 1).map(([metric, set]) => `${metric}: ${[...set].join(', ')}`);
    expect(mixed).toEqual([]);
  });
});
