// The English (and other Latin-script) words of the index, with the number of documents that use
// each: a typed word that no indexed word starts with is corrected to the closest words, and a query
// that finds nothing gets a "did you mean" from them.
import { editDistance, typoAllowance } from './searchMatch.ts';

const LETTERS = /^[a-z]+$/;

/** A bit per letter a–z present in the word: words an edit or two apart differ in few bits. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) - 97);
  return mask;
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v; v &= v - 1) count++;
  return count;
}

export class Vocabulary {
  /** Sorted, for prefix look-ups. */
  private readonly words: string[];
  private readonly masks: Int32Array;
  private readonly frequency: Map<string, number>;
  private readonly cache = new Map<string, { words: string[]; distance: number }>();

  /** `documents`: for each document, the words of its values (keys, as folded). */
  constructor(documents: Iterable<Iterable<string>>) {
    const frequency = new Map<string, number>();
    for (const words of documents) {
      for (const w of new Set(words)) if (w.length > 1 && LETTERS.test(w)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    }
    this.frequency = frequency;
    this.words = [...frequency.keys()].sort();
    this.masks = Int32Array.from(this.words, letterMask);
  }

  /** Whether some word of the index starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.words.length && this.words[lo].startsWith(prefix);
  }

  /**
   * The indexed words closest to `word` within `limit` edits (a swap of neighbouring letters is one
   * edit), most used first, at most `max`; none when the word is exact or too short to correct.
   */
  corrections(word: string, limit = typoAllowance(word.length), max = 4): { words: string[]; distance: number } {
    if (limit <= 0 || !LETTERS.test(word)) return { words: [], distance: 0 };
    const key = `${word}:${limit}:${max}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const mask = letterMask(word);
    let best = limit + 1;
    let found: string[] = [];
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i];
      if (Math.abs(w.length - word.length) > best || bitCount(this.masks[i] ^ mask) > 2 * best) continue;
      const d = editDistance(word, w, best);
      if (d === 0) {
        found = [];
        break;
      }
      if (d < best) {
        best = d;
        found = [w];
      } else if (d === best) found.push(w);
    }
    const words = found.sort((a, b) => this.frequency.get(b)! - this.frequency.get(a)! || (a < b ? -1 : 1)).slice(0, max);
    const result = { words, distance: words.length ? best : 0 };
    if (this.cache.size > 500) this.cache.clear();
    this.cache.set(key, result);
    return result;
  }
}
