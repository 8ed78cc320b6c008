// A character n-gram index over the Fuse records, so that Fuse scores only the records, and within
// them only the field values, that can match. Built in the browser when the index loads (not shipped).
//
// Why it is safe: Fuse's bitap accepts a word with at most k edits (k/length ≤ threshold). Each edit
// destroys at most one character and at most two bigrams of the word, so a record that matches keeps
// at least (distinct characters − k) of the word's Chinese characters and (distinct bigrams − 2k) of
// its other bigrams. Records with fewer cannot match and are skipped. Chinese characters are so
// varied that single characters filter well; letters need bigrams.
import { isHan } from './searchNormalize.ts';

type SubRecordLike = { v: string };
export interface RecordLike {
  i: number;
  $?: Record<number, SubRecordLike | SubRecordLike[]>;
}

/** What a query may match: a first guess at relevance per record (0: cannot match), and the live values. */
export interface Candidates {
  /** Per record position; null when nothing could be ruled out. */
  guess: Float32Array | null;
  /** Per value: 1 when some word of the query may match it. */
  live: Uint8Array;
}

/** The distinct grams of a text: each Chinese character, and each pair of other adjacent characters within a word. */
export function grams(text: string): { han: Set<string>; pairs: Set<string> } {
  const han = new Set<string>();
  const pairs = new Set<string>();
  for (const word of text.split(' ')) {
    let previous = '';
    for (const ch of word) {
      if (isHan(ch)) {
        han.add(ch);
        previous = '';
      } else {
        if (previous) pairs.add(previous + ch);
        previous = ch;
      }
    }
  }
  return { han, pairs };
}

/** The most edits Fuse's bitap allows in a word of `length` characters at `threshold`. */
export function allowedErrors(length: number, threshold: number): number {
  let k = 0;
  while ((k + 1) / length <= threshold) k++;
  return k;
}

/**
 * Grams of every field value of every record, kept per value: a word must match inside one value
 * (one title, one name, one pinyin string, one summary), which rules out far more than grams pooled
 * over a record, and lets Fuse skip the values of a record that cannot match.
 */
export class CandidateIndex {
  readonly size: number;
  private readonly records: readonly RecordLike[];
  /** gram → values holding it, ascending */
  private readonly postings = new Map<string, Int32Array>();
  /** Per value: its record position, key, element of an array value (-1 for a single value), and whether it is a summary. */
  private readonly owner: Int32Array;
  private readonly key: Int32Array;
  private readonly element: Int32Array;
  private readonly isBody: Uint8Array;
  private readonly length: Int32Array;
  /** Values of record p are first[p] … first[p + 1] - 1. */
  private readonly first: Int32Array;

  /** `bodyKeys`: key positions whose text is long (summaries). */
  constructor(records: readonly RecordLike[], bodyKeys: ReadonlySet<number>) {
    this.size = records.length;
    this.records = records;
    const lists = new Map<string, number[]>();
    const owner: number[] = [];
    const key: number[] = [];
    const element: number[] = [];
    const isBody: number[] = [];
    const length: number[] = [];
    const first: number[] = [];
    records.forEach((record, position) => {
      first.push(owner.length);
      for (const [k, value] of Object.entries(record.$ ?? {})) {
        const texts = Array.isArray(value) ? value.map((v, j) => [v.v, j] as const) : [[value.v, -1] as const];
        for (const [text, j] of texts) {
          const id = owner.push(position) - 1;
          key.push(Number(k));
          element.push(j);
          isBody.push(bodyKeys.has(Number(k)) ? 1 : 0);
          length.push(text.length);
          const { han, pairs } = grams(text);
          for (const g of [...han, ...pairs]) {
            let list = lists.get(g);
            if (!list) lists.set(g, (list = []));
            list.push(id);
          }
        }
      }
    });
    first.push(owner.length);
    for (const [g, list] of lists) this.postings.set(g, Int32Array.from(list));
    this.owner = Int32Array.from(owner);
    this.key = Int32Array.from(key);
    this.element = Int32Array.from(element);
    this.isBody = Uint8Array.from(isBody);
    this.length = Int32Array.from(length);
    this.first = Int32Array.from(first);
  }

  /**
   * Which records and values may hold every word: each word in a title, name or pinyin with at
   * most `errorsOf(word)` edits, or in a summary as typed (a typo found only in a long summary scores
   * above the engine's cap anyway). The guess per record sums, for each word, 1 for a summary and
   * 1 + the largest share of the word's grams that one short value holds.
   */
  match(terms: readonly string[], errorsOf: (term: string) => number): Candidates {
    const values = this.owner.length;
    const live = new Uint8Array(values);
    let guess: Float32Array | null = null;
    for (const term of terms) {
      const { han, pairs } = grams(term);
      const all = [...han, ...pairs];
      const need = all.length - errorsOf(term) * (pairs.size > 0 ? 2 : 1);
      if (need <= 0) {
        // Nothing to rule out: every value may hold this word, and every record stays.
        live.fill(1);
        continue;
      }
      const counts = new Uint8Array(values);
      for (const g of all) {
        const list = this.postings.get(g);
        if (list) for (let j = 0; j < list.length; j++) counts[list[j]]++;
      }
      const score = new Float32Array(this.size);
      for (let v = 0; v < values; v++) {
        const c = counts[v];
        if (this.isBody[v] ? c < all.length : c < need) continue;
        live[v] = 1;
        const p = this.owner[v];
        score[p] = Math.max(score[p], this.isBody[v] ? 1 : 1 + c / all.length);
      }
      if (guess === null) guess = score;
      else for (let p = 0; p < this.size; p++) guess[p] = guess[p] && score[p] ? guess[p] + score[p] : 0;
    }
    return { guess, live };
  }

  /** The characters of record `position` that Fuse would read: the length of its live values. */
  cost(position: number, live: Uint8Array): number {
    let chars = 0;
    for (let v = this.first[position]; v < this.first[position + 1]; v++) if (live[v]) chars += this.length[v];
    return chars;
  }

  /** Record `position` with only its live values: what Fuse needs to score it. */
  trim(position: number, live: Uint8Array): RecordLike {
    const record = this.records[position];
    const $: Record<number, SubRecordLike | SubRecordLike[]> = {};
    for (let v = this.first[position]; v < this.first[position + 1]; v++) {
      if (!live[v]) continue;
      const k = this.key[v];
      const value = record.$![k];
      if (this.element[v] < 0) $[k] = value;
      else
        ((($[k] as SubRecordLike[] | undefined) ?? ($[k] = [])) as SubRecordLike[]).push(
          (value as SubRecordLike[])[this.element[v]],
        );
    }
    return { i: record.i, $ };
  }
}
