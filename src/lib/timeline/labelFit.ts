// Text that must fit a width it cannot measure on the server: an estimate of its width, aware that a
// Chinese character is about twice as wide as a Latin letter, and a cut that reads well. Used for the
// era labels, the headlines and the annotations of the timeline, and for the era names on /compare/.

/** Widths in em of the classes of characters; the browser may scale the Latin ones to its font. */
export interface TextMetrics {
  fontSize: number;
  /** Multiplies the estimate for characters that are not full width (measured in the browser). */
  latinScale?: number;
}

const ELLIPSIS = '…';
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const NARROW = /[ .,:;'!|()[\]ilj1It\-‘’]/;
// Quotes, dashes and the ellipsis take a full em in Chinese fonts, which set them in Chinese text.
const AMBIGUOUS = /[‘’“”—…·]/;
const BROAD = /[A-HJ-Z]|[mwMW@%&]/;
// Never the last character before an ellipsis: spaces, joining punctuation and opening brackets.
const TRAILING = /[\s,.;:!?、，。；：！？·—–\-“‘《（([「『'"’]+$/u;

/** Width in px of one character; `cjk`: the text around it is Chinese. */
function charWidth(ch: string, { fontSize, latinScale = 1 }: TextMetrics, cjk: boolean): number {
  if (WIDE.test(ch) || (cjk && AMBIGUOUS.test(ch)) || ch === ELLIPSIS) return fontSize;
  const em = NARROW.test(ch) ? 0.3 : BROAD.test(ch) ? 0.72 : 0.56;
  return em * fontSize * latinScale;
}

/** Estimated width in px of a line of text. */
export function textWidth(text: string, metrics: TextMetrics): number {
  const cjk = WIDE.test(text);
  let width = 0;
  for (const ch of text) width += charWidth(ch, metrics, cjk);
  return width;
}

export interface FitOptions extends TextMetrics {
  /** Below this many characters before the ellipsis, nothing is shown. */
  minChars?: number;
}

/**
 * `text` if it fits `room` px, else its longest start that fits with an ellipsis, else "". A Latin
 * cut goes back to the end of a word when that keeps most of the room; no cut ends on a space, on
 * punctuation or inside a surrogate pair.
 */
export function fitLabel(text: string, room: number, options: FitOptions): string {
  const minChars = options.minChars ?? 2;
  if (textWidth(text, options) <= room) return text;
  const cjk = WIDE.test(text);
  const w = (ch: string) => charWidth(ch, options, cjk);
  const chars = Array.from(text);
  const budget = room - w(ELLIPSIS);
  let width = 0;
  let n = 0;
  while (n < chars.length && width + w(chars[n]) <= budget) width += w(chars[n++]);
  let cut = chars.slice(0, n).join('');
  if (!WIDE.test(chars[n] ?? '') && /\S/.test(chars[n] ?? '') && !WIDE.test(chars[n - 1] ?? '')) {
    // Inside a Latin word: end at the previous word when that keeps at least 60 % of the text.
    const space = cut.lastIndexOf(' ');
    if (space >= 0 && space >= cut.length * 0.6) cut = cut.slice(0, space);
  }
  cut = cut.replace(TRAILING, '');
  return Array.from(cut).length < minChars ? '' : `${cut}${ELLIPSIS}`;
}
