// Our TimelineJS exports in TimelineJS 3 itself: the library comes from node_modules
// (@knight-lab/timelinejs), served on the site's origin by a route in the test, never from a CDN, and
// loaded once per language; each export is then rendered in turn in that page. Every event becomes a
// slide and a marker that shows at the default zoom, none exactly under another; the title slide keeps
// our id, and text reads as plain text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, url, watchedPage, publishedMilestones, type WatchedPage } from './browser.ts';

const require = createRequire(import.meta.url);
const TLJS = join(dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');
const HARNESS = url('/__timelinejs__/index.html');
const LIB = url('/__timelinejs__/lib/');

const TYPES: Record<string, string> = {
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  png: 'image/png',
  svg: 'image/svg+xml',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  eot: 'application/vnd.ms-fontobject',
};

interface TimelineJsFile {
  title: { unique_id: string; text: { headline: string } };
  events: {
    unique_id: string;
    start_date: { year: number; month?: number; day?: number; display_date?: string };
    end_date?: { year: number; month?: number; day?: number };
    text: { headline: string; text: string };
    group?: string;
  }[];
  eras?: { start_date: { year: number }; end_date: { year: number }; text: { headline: string } }[];
}

interface Milestone {
  id: string;
  district: string;
  era: string;
  date: string;
  title: { zh: string; en: string };
}

interface Marker {
  id: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Inside the time navigation band, top to bottom, and not hidden by CSS. */
  shown: boolean;
}

interface Rendered {
  slides: string[];
  titleSlide: string;
  headlines: Record<string, string>;
  markers: Marker[];
  eras: number;
  groups: string[];
}

let browser: Browser;
let milestones: Milestone[];
let eras: { id: string; end: number | null }[];
const pages: Partial<Record<'zh-cn' | 'en', WatchedPage>> = {};
beforeAll(async () => {
  browser = await launch();
  milestones = await publishedMilestones();
  eras = (await (await fetch(url('/data/eras.json'))).json()) as typeof eras;
  // Opened here, not in a test, so that they last the whole file (setup.ts closes a test's own).
  await Promise.all([timelinePage('zh-cn'), timelinePage('en')]);
});
afterAll(async () => {
  for (const watched of Object.values(pages)) await watched?.page.close();
  await browser?.close();
});

/** The districts with files, and the combined file. */
const exportsOf = () => [...new Set(milestones.map((m) => m.district)), 'all-districts'];

/** The event that tells a milestone: its own, or the one of its district's date when that has several. */
const eventOf = (m: Milestone) =>
  milestones.filter((x) => x.district === m.district && x.date === m.date).length === 1
    ? m.id
    : `${m.district}-${m.date}-milestones`;
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One page per language with TimelineJS loaded from node_modules; `window.render` shows a timeline. */
async function timelinePage(language: 'zh-cn' | 'en'): Promise<Page> {
  if (pages[language]) return pages[language].page;
  const watched = await watchedPage(browser);
  pages[language] = watched;
  // Registered after watchedPage's catch-all, so it is asked first.
  await watched.page.route(`${url('/__timelinejs__/')}**`, (route) => {
    const target = new URL(route.request().url());
    if (target.href === HARNESS) {
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="${LIB}css/timeline.css"></head>
<body><div id="box"></div>
<script src="${LIB}js/timeline.js"></script>
<script>
  // A fresh container per timeline; TimelineJS itself is loaded once.
  window.render = (source) => new Promise((resolve, reject) => {
    document.getElementById('box').innerHTML = '<div id="timeline-embed" style="width:1000px;height:650px"></div>';
    try {
      const timeline = new TL.Timeline('timeline-embed', source, { language: ${JSON.stringify(language)}, script_path: ${JSON.stringify(`${LIB}js/`)}, font: null, hash_bookmark: false });
      timeline.on('loaded', () => setTimeout(resolve, 0));
      // TimelineJS reports a file it refuses (bad eras, no events) only as a message on the page.
      const refused = setInterval(() => {
        const message = document.querySelector('.tl-message-content')?.textContent ?? '';
        if (/error/i.test(message)) { clearInterval(refused); reject(new Error(message)); }
      }, 100);
      timeline.on('loaded', () => clearInterval(refused));
      timeline.on('dataloaderror', (e) => reject(new Error(e.message || 'data load error')));
    } catch (e) { reject(e); }
  });
</script></body></html>`,
      });
    }
    const rel = decodeURIComponent(target.pathname.slice(new URL(LIB).pathname.length));
    const file = normalize(join(TLJS, rel));
    if (!file.startsWith(TLJS)) return route.abort();
    try {
      return route.fulfill({
        body: readFileSync(file),
        contentType: TYPES[file.split('.').pop()!] ?? 'application/octet-stream',
      });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
  await watched.page.goto(HARNESS);
  return watched.page;
}

/** Renders a file (a URL, or the document itself) and reads what TimelineJS drew at the default zoom. */
async function render(language: 'zh-cn' | 'en', source: string | TimelineJsFile): Promise<Rendered> {
  const page = await timelinePage(language);
  // The two languages' pages share a context, and only the page in front gets animation frames at full rate.
  await page.bringToFront();
  await page.evaluate((s) => {
    delete (window as unknown as { lastBoxes?: string }).lastBoxes;
    return (window as unknown as { render: (s: unknown) => Promise<void> }).render(s);
  }, source);
  // TimelineJS slides its markers into place with CSS transitions: read them once they stand still
  // (the same boxes on two frames in a row).
  await page.waitForFunction(
    () => {
      const w = window as unknown as { lastBoxes?: string };
      const now = [...document.querySelectorAll('.tl-timemarker-content-container')]
        .map((c) => JSON.stringify(c.getBoundingClientRect()))
        .join();
      const still = now === w.lastBoxes;
      w.lastBoxes = now;
      const moving = document
        .getAnimations()
        .some((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
      return still && !moving;
    },
    undefined,
    { polling: 'raf', timeout: 10_000 },
  );
  return page.evaluate(() => {
    const nav = document.querySelector('.tl-timenav')!.getBoundingClientRect();
    return {
      slides: [...document.querySelectorAll('.tl-slide')].map((e) => e.id),
      titleSlide: document.querySelector('.tl-slide-titleslide')?.id ?? '',
      headlines: Object.fromEntries(
        [...document.querySelectorAll('.tl-slide:not(.tl-slide-titleslide)')].map((s) => [
          s.id,
          s.querySelector('.tl-headline')?.textContent ?? '',
        ]),
      ),
      markers: [...document.querySelectorAll<HTMLElement>('.tl-timemarker')].map((m) => {
        const r = m.querySelector('.tl-timemarker-content-container')!.getBoundingClientRect();
        const style = getComputedStyle(m);
        return {
          id: m.id.replace(/-marker$/, ''),
          left: Math.round(r.left),
          top: Math.round(r.top),
          width: r.width,
          height: r.height,
          shown:
            style.display !== 'none' &&
            style.visibility !== 'hidden' &&
            r.height > 0 &&
            r.width > 0 &&
            r.top >= nav.top - 1 &&
            r.bottom <= nav.bottom + 1,
        };
      }),
      eras: document.querySelectorAll('.tl-timeera').length,
      groups: [...document.querySelectorAll('.tl-timegroup-message')].map((g) => g.textContent ?? ''),
    };
  });
}

/** Markers drawn exactly on top of another one (same position and row), which readers cannot see. */
function hidden(markers: Marker[]): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const m of markers) {
    const at = `${m.left},${m.top}`;
    if (seen.has(at)) out.push(`${m.id} under ${seen.get(at)}`);
    else seen.set(at, m.id);
  }
  return [...out, ...markers.filter((m) => !m.shown).map((m) => `${m.id} not shown`)];
}

describe('TimelineJS exports', () => {
  it('every district and the combined file, in both languages, tell every milestone once, in plain text', async () => {
    for (const id of exportsOf()) {
      for (const [path, locale] of [
        [`/data/timelinejs/${id}.json`, 'zh'],
        [`/data/timelinejs/en/${id}.json`, 'en'],
      ] as const) {
        const text = await (await fetch(url(path))).text();
        // Plain text: no numeric entities or &quot; (only &amp; &lt; &gt; where HTML needs them).
        expect(text, path).not.toMatch(/&#\d+;|&#x[0-9a-f]+;|&quot;|&apos;/i);
        const json = JSON.parse(text) as TimelineJsFile;
        const own = milestones.filter((m) => id === 'all-districts' || m.district === id);
        expect(json.title.unique_id, path).toBe(id);
        expect(json.events.map((e) => e.unique_id).sort(), path).toEqual([...new Set(own.map(eventOf))].sort());
        for (const event of json.events) {
          const told = own.filter((m) => eventOf(m) === event.unique_id);
          // A span of years "1989/1990" starts with its first year and ends with the whole of its last,
          // and its display date says it is approximate.
          const [first, last] = told[0].date.split('/');
          if (last) {
            const { display_date: shown, ...start } = event.start_date;
            expect(start, event.unique_id).toEqual({ year: Number(first) });
            expect(shown, event.unique_id).toMatch(locale === 'zh' ? /约\d{4}—\d{4}年/ : /c\. \d{4}–\d{4}/);
            expect(event.end_date, event.unique_id).toEqual({ year: Number(last), month: 12, day: 31 });
          } else {
            expect(event.end_date, event.unique_id).toBeUndefined();
            const [year, month, day] = told[0].date.split('-').map(Number);
            expect(event.start_date, event.unique_id).toMatchObject({
              year,
              ...(month ? { month } : {}),
              ...(day ? { day } : {}),
            });
            if (!day) expect(event.start_date.day, event.unique_id).toBeUndefined();
            if (!month) expect(event.start_date.month, event.unique_id).toBeUndefined();
          }
          if (told.length === 1) expect(event.text.headline).toBe(escaped(told[0].title[locale]));
          else {
            expect(event.text.headline).toContain(String(told.length));
            for (const m of told) expect(event.text.text).toContain(escaped(m.title[locale]));
          }
        }
        if (id === 'all-districts') {
          expect(json.eras, path).toBeUndefined();
          expect(new Set(json.events.map((e) => e.group)).size).toBe(new Set(own.map((m) => m.district)).size);
        } else {
          expect(
            json.events.every((e) => e.group === undefined),
            path,
          ).toBe(true);
          expect(json.eras!.length).toBe(new Set(own.map((m) => m.era)).size);
          // An open era (end: null in eras.json) ends with the year of its latest milestone.
          for (const era of eras.filter((e) => e.id.startsWith(`${id}-`) && e.end === null)) {
            const last = Math.max(
              ...own.filter((m) => m.era === era.id).map((m) => Number(m.date.split('/').pop()!.slice(0, 4))),
            );
            expect(json.eras!.some((e) => e.end_date.year === last)).toBe(true);
          }
        }
      }
    }
  });

  for (const language of ['zh-cn', 'en'] as const) {
    it(`render in TimelineJS 3 (${language}): a visible marker for every event, none under another`, async () => {
      const locale = language === 'en' ? 'en' : 'zh';
      for (const id of exportsOf()) {
        const path = `/data/timelinejs/${locale === 'en' ? 'en/' : ''}${id}.json`;
        const json = (await (await fetch(url(path))).json()) as TimelineJsFile;
        const drawn = await render(language, url(path));
        expect(drawn.titleSlide, path).toBe(json.title.unique_id);
        expect(drawn.slides.length, path).toBe(json.events.length + 1);
        expect(drawn.markers.map((m) => m.id).sort(), path).toEqual(json.events.map((e) => e.unique_id).sort());
        expect(hidden(drawn.markers), path).toEqual([]);
        expect(drawn.eras, path).toBe(json.eras?.length ?? 0);
        // TimelineJS shows our titles as the text they are (an apostrophe is an apostrophe).
        for (const m of milestones.filter((x) => json.events.some((e) => e.unique_id === x.id)))
          expect(drawn.headlines[m.id], m.id).toBe(m.title[locale]);
        expect(Object.keys(drawn.headlines).length, path).toBe(json.events.length);
      }
      expect(pages[language]!.consoleErrors).toEqual([]);
      expect(pages[language]!.offOrigin).toEqual([]);
    });
  }

  it('the checks can fail: same-date events in one group are caught under each other, and a wrong title', async () => {
    const event = (i: number) => ({
      unique_id: `e-${i}`,
      start_date: { year: 2015 },
      text: { headline: `Event ${i}`, text: '' },
      group: 'One row',
    });
    const doc: TimelineJsFile = {
      title: { unique_id: 'title', text: { headline: 'Stacked' } },
      events: [...Array(8).keys()].map(event),
      eras: [{ start_date: { year: 2010 }, end_date: { year: 2020 }, text: { headline: 'Era' } }],
    };
    const drawn = await render('en', doc);
    expect(drawn.markers).toHaveLength(8);
    expect(hidden(drawn.markers).length).toBeGreaterThan(0);
    expect(drawn.headlines['e-1']).not.toBe('Event 2');
  });
});
