// Heights of embedded frames for when the embed code's script cannot run (a platform strips it): an
// estimate, on the generous side, of how tall the content is in a 360 px phone's page, so that
// nothing is hidden and nothing scrolls inside the frame. Text is measured in ems: a Chinese
// character is 1 em, anything else 0.6 em (wider than most Latin letters), lines are filled to 95%.

/** The district-timeline embed: title, chart (all four lanes, as it is before its script runs), fold buttons. */
export const TIMELINE_EMBED_HEIGHT = 880;

/** Width of the text in the frame: a 360 px page, 8 px page margins, 16 px frame padding. */
const TEXT_WIDTH = 360 - 2 * 8 - 2 * 16;

/** Font size (px) and line height (× font size) of each kind of text in the embeds' styles. */
const STYLES = {
  title: { size: 21.6, line: 1.35, inset: 0 },
  heading: { size: 16, line: 1.35, inset: 0 },
  lede: { size: 16, line: 1.8, inset: 0 },
  text: { size: 17, line: 1.8, inset: 0 },
  note: { size: 17, line: 1.8, inset: 36 },
  meta: { size: 15.2, line: 1.8, inset: 0 },
} as const;

export interface TextBlock {
  kind: keyof typeof STYLES;
  text: string;
}

const WIDE = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef“”‘’]/u;

function ems(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 1 : 0.6;
  return n;
}

/** Lines times line height for every block, plus `fixed` px of margins and padding, with 10% to spare. */
export function embedHeight(blocks: readonly TextBlock[], fixed: number): number {
  let px = fixed;
  for (const { kind, text } of blocks) {
    const style = STYLES[kind];
    const lines = Math.max(1, Math.ceil((ems(text) * style.size) / ((TEXT_WIDTH - style.inset) * 0.95)));
    px += lines * style.size * style.line + (style.inset ? 24 : 0);
  }
  return Math.ceil(px * 1.1 + 16);
}

/** Margins, padding, the credit's rule: what a milestone embed adds to its text. */
export const MILESTONE_EMBED_FIXED = 110;

export interface CollectionEmbedItem {
  title: string;
  summary: string;
  source: string;
  displayDate: string;
  /** The district's name. */
  district: string;
}

/** A collection embed: its title, the compact timeline, and each milestone's lines. */
export function collectionEmbedHeight(title: string, items: readonly CollectionEmbedItem[]): number {
  return embedHeight(
    [
      { kind: 'title', text: title },
      ...items.flatMap((m): TextBlock[] => [
        { kind: 'meta', text: `00 ${m.displayDate} · ■ ${m.district}` },
        { kind: 'heading', text: m.title },
        { kind: 'text', text: m.summary },
        { kind: 'meta', text: `Source: ${m.source}` },
      ]),
      { kind: 'meta', text: "From Beijing's Social Reforms · View on the site" },
    ],
    COLLECTION_EMBED_FIXED + items.length * COLLECTION_ITEM_FIXED,
  );
}

const COLLECTION_EMBED_FIXED = 200;
const COLLECTION_ITEM_FIXED = 30;
