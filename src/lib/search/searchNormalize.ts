// Text normalisation shared by the index (at build time) and the query (in the browser), so that both
// sides compare like with like: full-width forms folded (NFKC), lower case, tone marks dropped,
// punctuation turned into spaces, no spaces left between two Chinese characters, traditional
// characters mapped to simplified ones through a small table. No dependencies: this ships.

/** Longest query that is searched; the rest is ignored (keeps any input fast). */
export const MAX_QUERY_LENGTH = 100;
/** Most words of a query that are searched. */
export const MAX_TERMS = 6;
/** Longest word that is searched (approximate matching works on at most 31 characters at a time). */
export const MAX_TERM_LENGTH = 31;

const HAN = /\p{Script=Han}/u;
const HAN_SPACE_HAN = /(\p{Script=Han}) +(?=\p{Script=Han})/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** A traditional → simplified table, one character to one character. */
export type CharTable = Readonly<Record<string, string>>;

/** Whether a character is Chinese; characters below U+2E80 never are (the common case, answered fast). */
export const isHan = (ch: string) => ch.charCodeAt(0) >= 0x2e80 && HAN.test(ch);
export const hasHan = (text: string) => HAN.test(text);

/** Maps each character through `table` (characters not in it are kept). */
export function mapChars(text: string, table: CharTable): string {
  let out = '';
  for (const ch of text) out += table[ch] ?? ch;
  return out;
}

/** Full-width and compatibility forms folded (NFKC), lower case, diacritics dropped (left decomposed). */
export function foldCase(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '');
}

/** Characters that Unicode normalisation may change (accented and compatibility forms): without them, lower case is all folding does. */
const NEEDS_NORMALISING =
  /[\u00a0-\u036f\u1e00-\u1eff\u2070-\u24ff\u3000-\u303f\u3200-\u33ff\uf900-\ufaff\ufb00-\ufb4f\ufe30-\ufe4f\uff00-\uffef]/;

function fold(text: string, table?: CharTable): string {
  let s = NEEDS_NORMALISING.test(text) ? foldCase(text).normalize('NFC') : text.toLowerCase();
  if (table) s = mapChars(s, table);
  return s.replace(NOT_WORD, ' ').trim();
}

/**
 * The comparable form of an indexed text: NFKC, lower case, no tone marks or other diacritics, every
 * run of punctuation, symbols and spaces as one space, none between Chinese characters (so that
 * “五讲四美三热爱”活动 reads as one phrase), trimmed.
 */
export function normalizeText(text: string, table?: CharTable): string {
  return fold(text, table).replace(HAN_SPACE_HAN, '$1');
}

/**
 * The comparable form of what a reader typed: folded like `normalizeText`, but cut to
 * MAX_QUERY_LENGTH characters first (whole code points, so an emoji is never split), and keeping
 * the spaces a reader puts between Chinese words ("网格 东城" is two words).
 */
export function normalizeQuery(raw: unknown, table?: CharTable): string {
  if (typeof raw !== 'string') return '';
  const cut = Array.from(raw.slice(0, MAX_QUERY_LENGTH * 2))
    .slice(0, MAX_QUERY_LENGTH)
    .join('');
  return fold(cut, table);
}

/** The words of a normalised query: at most MAX_TERMS, each at most MAX_TERM_LENGTH characters, no repeats. */
export function splitTerms(normalized: string): string[] {
  const terms: string[] = [];
  for (const word of normalized.split(' ')) {
    const term = Array.from(word).slice(0, MAX_TERM_LENGTH).join('');
    if (term && !terms.includes(term)) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}
