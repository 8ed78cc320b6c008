// The page types without a test file of their own render in both languages, with no console errors, no
// request off the origin and no WCAG 2.2 A/AA violation found by axe. (Every page type under the base
// path: smoke.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, origin, url, watchedPage, publishedMilestones } from './browser.ts';
import { axeViolations } from './axe.ts';

interface Item {
  id: string;
  district: string;
  era: string;
  url: { zh: string; en: string };
}

let browser: Browser;
let items: Item[];
beforeAll(async () => {
  browser = await launch();
  items = await publishedMilestones();
});
afterAll(() => browser?.close());

const pageTypes = () => {
  const first = items[0];
  return {
    home: '/',
    districts: '/districts/',
    era: `/eras/${first.era}/`,
    milestone: `/milestones/${first.id}/`,
    sources: '/sources/',
    plan: '/plans/dongcheng-2016-2020/',
    offline: '/offline/',
  };
};

describe('page types', () => {
  for (const locale of ['zh', 'en'] as const) {
    // District pages (district.test.ts, best practices included, and map.test.ts with the map drawn) and
    // the timeline (timeline.test.ts, with its detail view open) are scanned where they are tested.
    for (const type of ['home', 'districts', 'era', 'milestone', 'sources', 'plan', 'offline'] as const) {
      it(`${type} renders in ${locale} without errors, off-origin requests or axe violations`, async () => {
        const route = pageTypes()[type];
        const { page, consoleErrors, offOrigin } = await watchedPage(browser);
        const response = await page.goto(url(locale === 'en' ? `/en${route}` : route));
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe(locale === 'zh' ? 'zh-CN' : 'en');
        await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);
        expect(await axeViolations(page)).toEqual([]);
        expect(consoleErrors).toEqual([]);
        expect(offOrigin).toEqual([]);
        await page.close();
      });
    }
  }
});

describe('open data', () => {
  it('/data/milestones.json has the stable shape', async () => {
    expect(items.length).toBeGreaterThan(0);
    const always = ['date', 'district', 'era', 'id', 'places', 'source', 'summary', 'themes', 'title', 'url'];
    for (const item of items) {
      // A rough date's wording and a context record's scope are there only when the record has them.
      expect(
        Object.keys(item)
          .filter((k) => !['dateWording', 'scope'].includes(k))
          .sort(),
      ).toEqual(always);
      const { date, dateWording } = item as unknown as { date: string; dateWording?: unknown };
      expect(date).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?|\/\d{4})?$/);
      if (dateWording) expect(date).toContain('/');
    }
    const response = await fetch(`${origin}${items[0].url.en}`);
    expect(response.status).toBe(200);
  });
});

describe('honest dates and figures', () => {
  it("a roughly dated milestone shows its span as approximate, after the source's wording, in both languages", async () => {
    const { page } = await watchedPage(browser);
    const route = '/milestones/haidian-2000-community-residents-committees/';
    for (const [path, text] of [
      [route, '进入21世纪（约2000—2008年）'],
      [`/en${route}`, 'Early in the 21st century (c. 2000–2008)'],
    ]) {
      expect((await page.goto(url(path)))?.status()).toBe(200);
      const facts = (await page.locator('dl.facts').textContent())!;
      expect(facts).toContain(text);
      // HTML's datetime has no span of years: none is claimed.
      expect(await page.locator('time[datetime*="/"]').count()).toBe(0);
    }
    await page.close();
  });

  it('the timeline keeps a roughly dated event under a year filter that overlaps its span, draws it as a band', async () => {
    const { page } = await watchedPage(browser);
    const id = 'haidian-1989-civilised-residential-areas';
    await page.goto(url('/en/timeline/?from=1990&to=2000'));
    await expect(page.locator(`[data-item="${id}"]`).isVisible()).resolves.toBe(true);
    expect(await page.locator(`a.mark[data-id="${id}"]`).getAttribute('class')).toContain('mark--approximate');
    expect(Number(await page.locator(`a.mark[data-id="${id}"] rect.mark-span`).getAttribute('width'))).not.toBe(0);
    await page.goto(url('/en/timeline/?from=1991&to=2000'));
    await page.waitForFunction((i) => document.querySelector<HTMLElement>(`[data-item="${i}"]`)?.hidden === true, id);
    // A national document on Dongcheng's lane is drawn as context.
    expect(
      await page
        .locator('a.mark[data-id="dongcheng-2015-national-community-burden-notice"]')
        .getAttribute('aria-label'),
    ).toMatch(/, Context$/);
    await page.close();
  });

  it('a national document cited by a district says it is context', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/milestones/dongcheng-2015-national-community-consultation-opinions/'));
    expect(await page.locator('article .context-tag').textContent()).toBe('Context');
    expect(await page.locator('dl.facts').textContent()).toContain('National: a decision the Dongcheng source cites');
    await page.close();
  });

  it('figures keep their hedge, their units in words and say when no year is given', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/districts/beijing/'));
    const row = (id: string) => page.locator(`tr[id="${id}"]`);
    expect(await row('beijing-elderly-care-service-providers-2022').locator('td').nth(1).textContent()).toBe(
      'nearly 20,000',
    );
    expect(await row('beijing-elderly-care-service-providers-2022').locator('td').first().textContent()).toBe(
      '2012–2021 (no year given)',
    );
    expect(await row('beijing-disability-subsidy-spending-2022').locator('td').nth(1).textContent()).toBe(
      'more than 5.9 billion yuan',
    );
    expect(await row('beijing-superlarge-communities-resized-2021').locator('td').first().textContent()).toBe('2021');
    await page.goto(url('/districts/dongcheng/'));
    expect(await row('dongcheng-citizen-learning-participation-2015').locator('td').nth(1).textContent()).toBe(
      '约24万人次',
    );
    const target = row('dongcheng-nearby-school-enrolment-target-2017-review');
    expect((await target.locator('td').nth(1).textContent())?.replace(/\s+/g, ' ').trim()).toBe('目标 至少95%');
    expect(await target.locator('td').first().textContent()).toBe('未注明目标年份');
    await page.close();
  });
});
