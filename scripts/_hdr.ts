import { launchChromium } from './chromium.ts';
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 300 } });
const port = process.argv[2];
for (const path of ['/en/timeline/', '/timeline/']) {
  await page.goto(`http://127.0.0.1:${port}${path}`);
  const measure = () => page.evaluate(() => {
    const header = document.querySelector('header')!;
    const kids = [...header.querySelectorAll('*')].filter((e) => e.parentElement === header.firstElementChild || e.parentElement === header);
    return { h: header.getBoundingClientRect().height, kids: kids.map((k) => `${k.tagName}.${k.className}:${Math.round(k.getBoundingClientRect().width)}x${Math.round(k.getBoundingClientRect().top)}`) };
  });
  console.log(path, JSON.stringify(await measure()));
}
await browser.close();
