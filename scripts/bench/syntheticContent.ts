// A copy of the real content with N generated milestones added, for load and speed benchmarks.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readContent } from '../../src/lib/content/build/contentFiles.ts';

/** Deterministic pseudo-random numbers, so every run benchmarks the same data. */
export function random(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
}

export function syntheticContent(count: number, seed = 1): string {
  const root = mkdtempSync(join(tmpdir(), `content-${count}-`));
  cpSync('content', root, { recursive: true });
  const { dataset } = readContent('content');
  const eras = dataset.eras.filter((e) => e.key.startsWith('zh/')).map((e) => ({ id: e.key.slice(3), ...e.data }));
  const themes = dataset.themes.map((t) => t.data.id);
  const spans = new Map(dataset.sources.map((s) => [s.data.id, s.data.span]));
  // Each generated milestone cites a source of a real one in its era, in years both cover (validation checks it).
  const sourcesOf = new Map(eras.map((e) => [e.id, dataset.milestones.filter((m) => m.data.era === e.id)]));
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const records = Array.from({ length: count }, (_, i) => {
    const era = pick(eras.filter((e) => sourcesOf.get(e.id)!.length > 0));
    const section = pick(sourcesOf.get(era.id)!).data.source;
    const [from, to] = spans.get(section.document) ?? [era.start, 2022];
    const start = Math.max(era.start, from);
    const end = Math.min(era.end ?? 2022, to);
    const year = start + Math.floor(next() * (end - start + 1));
    const month = next() < 0.4 ? `-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}` : '';
    return {
      id: `generated-${i}`,
      date: `${year}${month}`,
      district: era.district,
      era: era.id,
      themes: [themes[Math.floor(next() * themes.length)]],
      title: { zh: `生成的事件 ${i}`, en: `Generated milestone ${i}` },
      summary: { zh: `用于基准测试的第 ${i} 个事件。`, en: `Milestone ${i}, generated for benchmarks.` },
      source: section,
    };
  });
  writeFileSync(join(root, 'milestones', 'zz-generated.yaml'), stringify(records, { aliasDuplicateObjects: false }));
  return root;
}
