// The words (Latin letters and digits, as keys: searchEnglish.ts) of the index's titles, names and
// bodies, each with the values that hold it and the number of documents that use it. A query word is
// looked up here rather than in the texts: the words it is, starts or is inside of. A word that no
// indexed word starts with is corrected to the closest words, and a query that finds nothing gets a
// "did you mean" from them.
import { editDistance, typoAllowance } from './searchMatch.ts';

const LETTERS = /^[a-z]+$/;

/** How a word of the index holds a query word. */
export type WordMatch = 'word' | 'prefix' | 'inside';

/** A bit per letter a–z present in the word: words an edit or two apart differ in few bits. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v; v &= v - 1) count++;
  return count;
}

export class WordIndex {
  /** Sorted. */
  private readonly words: string[];
  private readonly masks: Int32Array;
  private readonly postings: Int32Array[];
  private readonly documents: Int32Array;
  private readonly cache = new Map<string, { words: string[]; distance: number }>();

  /** `values`: each value's words, with the document it belongs to (documents in order). */
  constructor(values: Iterable<{ words: readonly string[]; doc: number }>) {
    const lists = new Map<string, number[]>();
    const docs = new Map<string, { count: number; last: number }>();
    let id = 0;
    for (const { words, doc } of values) {
      for (const w of words) {
        let list = lists.get(w);
        if (!list) lists.set(w, (list = []));
        if (list[list.length - 1] !== id) list.push(id);
        const d = docs.get(w) ?? { count: 0, last: -1 };
        if (d.last !== doc) docs.set(w, { count: d.count + 1, last: doc });
      }
      id++;
    }
    this.words = [...lists.keys()].sort();
    this.masks = Int32Array.from(this.words, letterMask);
    this.postings = this.words.map((w) => Int32Array.from(lists.get(w)!));
    this.documents = Int32Array.from(this.words, (w) => docs.get(w)!.count);
  }

  /** Position of the first word not below `prefix`. */
  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether some word of the index starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    const at = this.lowerBound(prefix);
    return at < this.words.length && this.words[at].startsWith(prefix);
  }

  /**
   * The words of the index that hold `key`, with how: the word itself, words that start with it
   * (unless `whole`), and, when no word starts with a key of four characters or more, words it is inside of.
   */
  find(key: string, whole = false): { postings: Int32Array; match: WordMatch }[] {
    const out: { postings: Int32Array; match: WordMatch }[] = [];
    for (let i = this.lowerBound(key); i < this.words.length && this.words[i].startsWith(key); i++) {
      const match = this.words[i] === key ? 'word' : 'prefix';
      if (match === 'word' || !whole) out.push({ postings: this.postings[i], match });
    }
    if (!whole && key.length >= 4 && out.length === 0) {
      for (let i = 0; i < this.words.length; i++) {
        const w = this.words[i];
        if (w.length > key.length && !w.startsWith(key) && w.includes(key))
          out.push({ postings: this.postings[i], match: 'inside' });
      }
    }
    return out;
  }

  /**
   * The indexed words closest to `word` within `limit` edits (a swap of neighbouring letters is one
   * edit), most used first, at most `max`; none when the word is itself indexed or too short to correct.
   */
  corrections(word: string, limit = typoAllowance(word.length), max = 4): { words: string[]; distance: number } {
    if (limit <= 0 || !LETTERS.test(word)) return { words: [], distance: 0 };
    const key = `${word}:${limit}:${max}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const mask = letterMask(word);
    let best = limit + 1;
    let found: number[] = [];
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i];
      const bound = Math.min(best, limit);
      if (Math.abs(w.length - word.length) > bound || bitCount(this.masks[i] ^ mask) > 2 * bound) continue;
      const d = editDistance(word, w, bound);
      if (d > limit) continue;
      if (d === 0) {
        found = [];
        break;
      }
      if (d < best) {
        best = d;
        found = [i];
      } else if (d === best) found.push(i);
    }
    const words = found
      .sort((a, b) => this.documents[b] - this.documents[a] || a - b)
      .slice(0, max)
      .map((i) => this.words[i]);
    const result = { words, distance: words.length ? best : 0 };
    if (this.cache.size > 500) this.cache.clear();
    this.cache.set(key, result);
    return result;
  }
}
