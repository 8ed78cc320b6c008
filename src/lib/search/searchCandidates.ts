// A character n-gram index over the values the engine searches, so that a Chinese or pinyin word
// is compared only with the values that can hold it. Built in the browser when the index loads (not
// shipped). English words are found through the word index instead (searchVocabulary.ts).
//
// Grams: in titles, names and bodies, each Chinese character and each pair of adjacent Chinese
// characters; in pinyin and initials, each pair of adjacent letters.
//
// Why it is safe: a word found in a value with at most k edits (insertions, deletions,
// substitutions) keeps at least (distinct characters − k) of its characters and (distinct pairs − 2k)
// of its pairs, since one edit changes at most one character and two pairs. Values with fewer cannot
// hold it and are never compared. A word found exactly holds all of its pairs.
import { isHan } from './searchNormalize.ts';

/** Which grams a text gives: Chinese characters and their pairs, or pairs of letters. */
export type GramKind = 'han' | 'letters';

const PAIR = 0x110000;
const pair = (a: number, b: number) => PAIR + (a & 0xffff) * 0x10000 + (b & 0xffff);

/** Each gram of a text as a number: a Chinese character's code point, or a pair above every code point. */
export function gramCodes(text: string, kind: GramKind, visit: (code: number) => void) {
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (code === 32) {
      previous = -1;
      continue;
    }
    if (kind === 'han') {
      if (code >= 0x2e80 && isHan(String.fromCodePoint(code))) {
        visit(code);
        if (previous >= 0) visit(pair(previous, code));
        previous = code;
      } else previous = -1;
    } else {
      if (previous >= 0) visit(pair(previous, code));
      previous = code;
    }
  }
}

export class GramIndex {
  /** gram → the values holding it, ascending. */
  private readonly postings = new Map<number, Int32Array>();
  readonly size: number;

  constructor(values: readonly { text: string; grams: GramKind }[]) {
    this.size = values.length;
    const lists = new Map<number, number[]>();
    values.forEach(({ text, grams }, id) => {
      gramCodes(text, grams, (g) => {
        let list = lists.get(g);
        if (!list) lists.set(g, (list = []));
        // Each value once per gram.
        if (list[list.length - 1] !== id) list.push(id);
      });
    });
    for (const [g, list] of lists) this.postings.set(g, Int32Array.from(list));
  }

  /** The values holding every Chinese character of `word`, in any order, ascending; null when it has none. */
  containing(word: string): Int32Array | null {
    const singles = new Set<number>();
    gramCodes(word, 'han', (g) => {
      if (g < PAIR) singles.add(g);
    });
    if (singles.size === 0) return null;
    return intersect([...singles].map((g) => this.postings.get(g) ?? EMPTY).sort((a, b) => a.length - b.length));
  }

  /**
   * The values that may hold `word` with at most `errors` edits. Exactly (errors 0): the values
   * holding all its pairs (or its one character), ascending. With errors: those holding enough of
   * its characters (Chinese) or pairs (letters), those sharing most first. Null when the word gives
   * nothing to go by: every value may hold it.
   */
  candidates(word: string, kind: GramKind, errors: number): Int32Array | null {
    const singles = new Set<number>();
    const pairs = new Set<number>();
    gramCodes(word, kind, (g) => (g >= PAIR ? pairs : singles).add(g));
    if (errors === 0) {
      const wanted = pairs.size > 0 ? pairs : singles;
      if (wanted.size === 0) return null;
      return intersect([...wanted].map((g) => this.postings.get(g) ?? EMPTY).sort((a, b) => a.length - b.length));
    }
    const wanted = kind === 'han' ? singles : pairs;
    const need = wanted.size - errors * (kind === 'han' ? 1 : 2);
    if (need <= 0) return null;
    const counts = new Uint8Array(this.size);
    const out: number[] = [];
    for (const g of wanted) {
      const list = this.postings.get(g) ?? EMPTY;
      for (let i = 0; i < list.length; i++) if (++counts[list[i]] === need) out.push(list[i]);
    }
    // Likeliest first: the values that share most grams with the word, then in order.
    return Int32Array.from(out.sort((a, b) => counts[b] - counts[a] || a - b));
  }
}

const EMPTY = new Int32Array(0);

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
