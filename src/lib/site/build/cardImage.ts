// Draws a sharing card (1200×630 PNG) at build time: satori lays out the text with Noto Sans SC from
// npm (@fontsource/noto-sans-sc; never a system or network font), resvg turns the SVG into a PNG. Cards
// are cached by a hash of what they show, in a folder that outlives builds, so an unchanged rebuild
// draws nothing.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_SIZE, type CardSpec } from '../cards.ts';

/** Bump when the drawing changes, so cached cards are redrawn. */
const DESIGN = 1;
export const CARD_CACHE_DIR = join('node_modules', '.cache', 'reform-history-cards');

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
const FAMILY = 'Noto Sans SC';
type Weight = 400 | 700;
type Font = { name: string; data: Buffer; weight: Weight; style: 'normal' };

const font = (subset: string, weight: Weight): Font => ({
  name: FAMILY,
  data: readFileSync(join(fontDir, `noto-sans-sc-${subset}-${weight}-normal.woff`)),
  weight,
  style: 'normal',
});

let baseFonts: Font[] | undefined;
/** The simplified-Chinese subset (which has Latin too), read once and only when a card is drawn. */
const fonts = () => (baseFonts ??= [font('chinese-simplified', 400), font('chinese-simplified', 700)]);

/** Fontsource's numbered slices cover the whole font: a character outside the subset comes from its slice. */
function slicesFor(text: string): Font[] {
  const css = readFileSync(join(fontDir, '..', '400.css'), 'utf8');
  const wanted = [...text].map((c) => c.codePointAt(0)!);
  const slices = new Set<string>();
  for (const [, slice, ranges] of css.matchAll(
    /noto-sans-sc-(\d+)-400-normal\.woff'\)[^}]*?unicode-range: ([^;]+);/g,
  )) {
    const covers = ranges.split(',').some((range) => {
      const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
      return wanted.some((cp) => cp >= parseInt(from, 16) && cp <= parseInt(to, 16));
    });
    if (covers) slices.add(slice);
  }
  return [...slices].flatMap((s) => [font(s, 400), font(s, 700)]);
}

const hex = (color: string, alpha: number) =>
  `${color}${Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0')}`;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } & Record<string, unknown> };
const box = (style: Record<string, unknown>, children?: unknown): Node => ({ type: 'div', props: { style, children } });

/** The card's layout; its length-dependent headline size keeps the longest titles to three lines. */
export function cardTree(spec: CardSpec): Node {
  const length = [...spec.headline].length * (spec.locale === 'zh' ? 2 : 1);
  const size = length <= 28 ? 76 : length <= 48 ? 64 : length <= 72 ? 54 : 46;
  return box({ width: CARD_SIZE.width, height: CARD_SIZE.height, display: 'flex', background: '#fbf8f3' }, [
    box({ width: 28, height: '100%', background: spec.color }),
    box(
      {
        // Satori sizes boxes without their padding.
        width: CARD_SIZE.width - 28 - 64 - 72,
        height: CARD_SIZE.height - 56 - 52,
        display: 'flex',
        flexDirection: 'column',
        color: '#1d1b18',
        fontFamily: FAMILY,
        padding: '56px 72px 52px 64px',
      },
      [
        box({ display: 'flex', fontSize: 30, fontWeight: 700, color: spec.color }, spec.kicker),
        box(
          {
            display: 'block',
            marginTop: 28,
            fontSize: size,
            fontWeight: 700,
            lineHeight: 1.3,
            lineClamp: 3,
          },
          spec.headline,
        ),
        box({ flexGrow: 1, display: 'flex' }),
        box(
          {
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            borderTop: `3px solid ${hex(spec.color, 0.35)}`,
            paddingTop: 24,
            fontSize: 30,
          },
          [
            box({ display: 'flex', fontWeight: 700, color: spec.color }, spec.date || ' '),
            box({ display: 'flex', alignItems: 'center', color: '#4a463f' }, [
              box({ display: 'flex', width: 24, height: 24, background: '#7a4a12', borderRadius: 5, marginRight: 14 }),
              spec.siteName,
            ]),
          ],
        ),
      ],
    ),
  ]);
}

export async function drawCard(spec: CardSpec): Promise<Buffer> {
  const svg = await satori(cardTree(spec) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: fonts(),
    loadAdditionalAsset: (_language, segment) => Promise.resolve(slicesFor(segment)),
  });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Hash of everything that changes the picture: the spec, the design and the font package version. */
export function cardKey(spec: CardSpec): string {
  const fontVersion = (require('@fontsource/noto-sans-sc/package.json') as { version: string }).version;
  return createHash('sha256')
    .update(JSON.stringify([DESIGN, fontVersion, spec]))
    .digest('hex')
    .slice(0, 32);
}

/** The card's PNG, from the cache when this exact card was drawn before. */
export async function cardPng(spec: CardSpec, cacheDir = CARD_CACHE_DIR): Promise<Buffer> {
  const file = join(cacheDir, `${cardKey(spec)}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = await drawCard(spec);
    mkdirSync(cacheDir, { recursive: true });
    // Written aside then renamed, so that two builds at once never read half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return png;
  }
}
