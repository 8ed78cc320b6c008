// Screenshots of pages at phone (375 px) and desktop width, for looking at the site by eye.
// FULL_PAGE=0 keeps to the first screen.
// Usage: node scripts/screenshots.ts http://127.0.0.1:4321 /path/ /en/path/ …  (writes to screenshots/)
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.ts';

const [origin = 'http://127.0.0.1:4321', ...paths] = process.argv.slice(2);
mkdirSync('screenshots', { recursive: true });
const browser = await launchChromium();
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width === 375 ? 812 : 900 } });
  for (const path of paths.length ? paths : ['/']) {
    // networkidle: lazily loaded parts (search results, maps) are drawn before the picture.
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`;
    await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL_PAGE !== '0' });
    console.log(`screenshots/${name}`);
  }
  await page.close();
}
await browser.close();
