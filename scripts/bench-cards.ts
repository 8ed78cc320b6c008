// Measures what the sharing cards cost a build: `node scripts/bench-cards.ts`. Builds the site three
// times into a temp folder — cards cached (warm), cache emptied (cold), cached again — and writes the
// "Sharing cards" section of docs/benchmarks.md (the rest of the file is left as it is).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CARD_CACHE_DIR } from '../src/lib/site/build/cardImage.ts';
import { writeDocSection } from './bench/docSection.ts';

const out = mkdtempSync(join(tmpdir(), 'bench-cards-'));
function build(): number {
  const start = performance.now();
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { stdio: 'ignore' });
  return performance.now() - start;
}
const count = () => readdirSync(CARD_CACHE_DIR).filter((f) => f.endsWith('.png')).length;

build(); // fills the cache and Astro's own caches, so the runs below differ only in the cards
const warm = build();
rmSync(CARD_CACHE_DIR, { recursive: true, force: true });
const cold = build();
const warmAgain = build();
const cards = count();
const bytes = readdirSync(join(out, 'og'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.png'))
  .reduce((sum, f) => sum + readFileSync(join(out, 'og', f)).length, 0);
rmSync(out, { recursive: true, force: true });

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const section = `## Sharing cards

Measured by \`node scripts/bench-cards.ts\` on ${new Date().toISOString().slice(0, 10)} (whole \`astro build\`, Node ${process.version}, ${cards} cards, ${(bytes / 2 ** 20).toFixed(1)} MB of PNG).

| build | time |
|---|---|
| cards cached (nothing redrawn) | ${s(warm)} |
| card cache empty (every card drawn) | ${s(cold)} |
| cards cached again | ${s(warmAgain)} |
| cost of drawing every card | ${s(cold - (warm + warmAgain) / 2)} (${((cold - (warm + warmAgain) / 2) / cards).toFixed(0)} ms a card) |

Cards are cached by a hash of what they show (headline, date, colour, kicker, site name, design version and font version) in \`${CARD_CACHE_DIR}/\`, so only changed or new cards are drawn.`;
writeDocSection('cards', section);
console.log(section);
