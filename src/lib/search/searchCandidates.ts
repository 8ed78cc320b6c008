// A character n-gram index over the values the engine searches, so that a query word is compared
// only with the values that can hold it. Built in the browser when the index loads (not shipped).
//
// Why it is safe: a word found in a value with at most k edits (insertions, deletions,
// substitutions) keeps at least (distinct Chinese characters − k) of its Chinese characters and
// (distinct pairs − 2k) of its other pairs of adjacent characters, since one edit changes at most
// one character and two pairs. Values with fewer cannot hold it and are never compared. Chinese
// characters are so varied that single characters filter well; letters and digits need pairs.
import { isHan } from './searchNormalize.ts';

/** The distinct grams of a text: each Chinese character, and each pair of other adjacent characters within a word. */
export function grams(text: string): string[] {
  const out = new Set<string>();
  for (const word of text.split(' ')) {
    let previous = '';
    for (const ch of word) {
      if (isHan(ch)) {
        out.add(ch);
        previous = '';
      } else {
        if (previous) out.add(previous + ch);
        previous = ch;
      }
    }
  }
  return [...out];
}

export class GramIndex {
  /** gram → the values holding it, ascending. */
  private readonly postings = new Map<string, Int32Array>();
  readonly size: number;

  constructor(texts: readonly string[]) {
    this.size = texts.length;
    const lists = new Map<string, number[]>();
    texts.forEach((text, id) => {
      for (const g of grams(text)) {
        let list = lists.get(g);
        if (!list) lists.set(g, (list = []));
        list.push(id);
      }
    });
    for (const [g, list] of lists) this.postings.set(g, Int32Array.from(list));
  }

  /**
   * The values that hold at least `all − errors × (1 or 2)` of the word's grams, ascending (all of
   * them when `errors` is 0). Null when the word has no gram to go by (a single letter): every value may hold it.
   */
  candidates(word: string, errors: number): Int32Array | null {
    const wanted = grams(word);
    if (wanted.length === 0) return null;
    const pairs = wanted.some((g) => !isHan(g));
    const need = wanted.length - errors * (pairs ? 2 : 1);
    if (need <= 0) return null;
    const lists = wanted.map((g) => this.postings.get(g) ?? new Int32Array(0)).sort((a, b) => a.length - b.length);
    if (need === wanted.length) return intersect(lists);
    const counts = new Uint8Array(this.size);
    const out: number[] = [];
    for (const list of lists) for (let i = 0; i < list.length; i++) if (++counts[list[i]] === need) out.push(list[i]);
    return Int32Array.from(out.sort((a, b) => a - b));
  }
}

/** The values in every list (each ascending), shortest list first. */
function intersect(lists: readonly Int32Array[]): Int32Array {
  let result = lists[0];
  for (let l = 1; l < lists.length && result.length > 0; l++) {
    const other = lists[l];
    const out: number[] = [];
    let j = 0;
    for (let i = 0; i < result.length; i++) {
      const v = result[i];
      while (j < other.length && other[j] < v) j++;
      if (j === other.length) break;
      if (other[j] === v) out.push(v);
    }
    result = Int32Array.from(out);
  }
  return result;
}
