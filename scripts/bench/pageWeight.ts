// What a page costs: gzip bytes of the JS and CSS it loads, including what loads lazily once the
// reader scrolls through it.
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  path: string;
  jsGzip: number;
  cssGzip: number;
  htmlGzip: number;
}

export async function pageWeight(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const bodies: Promise<{ type: string; bytes: number }>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (['script', 'stylesheet', 'document'].includes(type) && response.ok()) {
      bodies.push(
        response
          .body()
          .then((b) => ({ type, bytes: gzipSync(b, { level: 9 }).length }))
          .catch(() => ({ type, bytes: 0 })),
      );
    }
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const inline = await page.evaluate(() => ({
    js: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !(s as HTMLScriptElement).type.includes('json'))
      .map((s) => s.textContent ?? '')
      .join(''),
    css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join(''),
  }));
  const all = await Promise.all(bodies);
  const sum = (type: string) => all.filter((b) => b.type === type).reduce((n, b) => n + b.bytes, 0);
  await page.close();
  return {
    path,
    jsGzip: sum('script') + (inline.js ? gzipSync(inline.js).length : 0),
    cssGzip: sum('stylesheet'),
    htmlGzip: sum('document'),
  };
}
