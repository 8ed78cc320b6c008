// Runs a search over a loaded payload. Each word of the query is looked for in every value of every
// document (title, other names, the title in the other language, pinyin in full and as initials,
// body), through the n-gram index; how well it matches (a whole word or value, the start of one,
// inside one, with typos) and where (a title counts more than a body) gives the word's score in the
// document. A document must hold every word; its score weighs rare words above common ones, adds a
// bonus when the query appears as a phrase in a title, and prefers milestones and glossary terms to
// long narrative sections when the match is equal. Typos are forgiven only when a word is found
// nowhere as typed. This module is what the browser loads when search is first used.
import { KINDS, type DocKind, type SearchDoc } from './searchDocs.ts';
import { FIELD, fieldValues, type FieldValue, type SearchPayload } from './searchIndex.ts';
import { parseQuery, type ParsedQuery } from './searchQuery.ts';
import { hasHan } from './searchNormalize.ts';
import { GramIndex } from './searchCandidates.ts';
import { approximateFind, MAX_PATTERN, spelledOut, typoAllowance } from './searchMatch.ts';
import { foldWords, wordKey } from './searchEnglish.ts';
import { WordIndex } from './searchVocabulary.ts';

export interface SearchFilters {
  districts?: readonly string[];
  era?: string | null;
  themes?: readonly string[];
  from?: number | null;
  to?: number | null;
  kinds?: readonly DocKind[];
}

export interface SearchHit {
  doc: SearchDoc;
  /** Relevance: higher is better. */
  score: number;
}

export interface SearchOutcome {
  hits: SearchHit[];
  query: ParsedQuery;
  /** The words to mark in the results: as searched (normalised, English words as keys), corrections, and the Chinese a pinyin query spells. */
  terms: string[];
  /** Whether the years or districts named in the query narrowed the results. */
  narrowed: boolean;
  /** True when approximate matching stopped at its budget: some typo matches may be missing. */
  truncated: boolean;
  /** The query as searched when typos were corrected ("grid management"), else null. */
  corrected: string | null;
  /** When nothing matched: a query that would find something, else null. */
  suggestion: string | null;
  /** True when the results hold all but one of the query's words (nothing held them all). */
  partial: boolean;
}

/** How much a match counts, by where it is. */
const FIELD_WEIGHT: Record<number, number> = {
  [FIELD.title]: 1,
  [FIELD.name]: 0.9,
  [FIELD.alt]: 0.85,
  [FIELD.pinyin]: 0.9,
  [FIELD.initials]: 0.7,
  [FIELD.body]: 0.5,
};

/** How much a match counts, by how it matches: a whole value, a whole word, a word's start, inside a word. */
const QUALITY = { value: 1.25, word: 1, prefix: 0.85, abbreviation: 0.6, inside: 0.4 } as const;
/** A corrected word, and a pinyin or Chinese word found with typos, count this much less per edit. */
const PER_EDIT = 0.2;
/** What a result gains when the whole query appears as a phrase in a title or name, or in the body. */
const PHRASE_BONUS = { title: 0.3, body: 0.08 } as const;
/** How much a title counts that the query covers whole, against one it is a small part of. */
const COVERAGE_BONUS = 0.15;
/** Equal matches: milestones and glossary terms first, narrative sections last. */
const KIND_PRIOR: Record<DocKind, number> = { m: 1, g: 1, d: 0.97, e: 0.95, p: 0.96, t: 0.96, l: 0.94, f: 0.9 };
const SECTION_PRIOR = 0.93;
/** How many first results are made varied; a repeated title counts this much less each time; "nearly as well" is this share. */
const DIVERSE_HEAD = 20;
const REPEAT_FACTOR = 0.85;
const NEARLY = 0.85;
/** How many of the best documents are looked through for the query as a phrase. */
const BONUS_POOL = 300;
/** Characters approximate matching may read per query (keeps any query fast on a large index). */
export const APPROXIMATE_BUDGET = 60_000;
/** The Chinese a pinyin word spells, found in a text, counts this much of the pinyin match; looked for when the pinyin finds fewer documents than SPARSE. */
const READING_FACTOR = 0.6;
const SPARSE = 50;
/** A Chinese word found nowhere whole is matched by its pairs of characters: this share must be present. */
const MIN_PAIR_SHARE = 0.6;

const TEXT_FIELDS = new Set<number>([FIELD.title, FIELD.name, FIELD.alt, FIELD.body]);
const SHORT_TEXT = new Set<number>([FIELD.title, FIELD.name, FIELD.alt]);
const LETTERS = /^[a-z]+$/;
/** Longest pinyin syllable (zhuang, shuang). */
const MAX_SYLLABLE = 6;
/** Initials are consonants (y and w included): a word with vowels is not taken for initials. */
const INITIALS = /^[b-df-hj-np-tv-z]{2,12}$/;
const kindRank = (k: DocKind) => KINDS.indexOf(k);

/** Longest Chinese word taken for an abbreviation. */
const MAX_ABBREVIATION = 6;

/** The Chinese a pinyin word spells in the values it was found in: how many documents, and the values with their scores (flat pairs). */
interface Reading {
  count: number;
  last: number;
  hits: number[];
}

const IN_SHORT = 1;
const IN_BODY = 2;
/** By field: which of IN_SHORT, IN_BODY a match there is. */
const WHERE = Uint8Array.from([IN_SHORT, IN_SHORT, IN_SHORT, 0, 0, IN_BODY]);

/**
 * Notes a match of the word in value v. `length`: the length of the word as found in the text, when
 * the match may earn the bonus of a title the word covers (not for corrections or readings).
 */
type Recorder = (v: number, score: number, length?: number) => void;

/** What one word of the query found. */
interface TermResult {
  /** Per document: the best match's score, 0 when none. */
  best: Float32Array;
  /** Per document: IN_SHORT when the word is in a title or name, IN_BODY when in the body. */
  where: Uint8Array;
  /** Per document: what a title or name the word covers (the shorter, the more) adds. */
  cover: Float32Array;
  /** Documents matched. */
  docs: number[];
  /** Words to mark. */
  marks: string[];
  /** The word as searched when it was corrected. */
  correction?: string;
}

export class SearchEngine {
  readonly docs: readonly SearchDoc[];
  private readonly payload: SearchPayload;
  /** All values, with their document. */
  private readonly values: FieldValue[] = [];
  private readonly valueDoc: Int32Array;
  private readonly valueField: Uint8Array;
  private readonly valueLength: Int32Array;
  /** The values' texts, syllable starts and Chinese, apart, for the pinyin loop. */
  private readonly texts: string[];
  private readonly syllableAt: (Int16Array | undefined)[];
  private readonly hanOf: (string | undefined)[];
  /** Per document without a district: the districts its title, names or text name. */
  private readonly named: (string[] | undefined)[];
  /** Per document: its kind's prior (kinds, sections) and its kind's place in KINDS. */
  private readonly prior: Float32Array;
  private readonly rank: Uint8Array;
  /** Values of document p are first[p] … first[p + 1] - 1. */
  private readonly first: Int32Array;
  private readonly grams: GramIndex;
  private readonly words: WordIndex;
  /** The syllables the pinyin values are made of. */
  private readonly syllables = new Set<string>();
  /** An English key → the word most often written for it, for corrections shown to the reader. */
  private readonly surface = new Map<string, string>();

  constructor(payload: SearchPayload) {
    this.payload = payload;
    // A dated record filters by its own year: given as a span here, without touching the caller's docs.
    this.docs = payload.docs.map((doc) => {
      const year = !doc.y && doc.dt ? Number(doc.dt.slice(0, 4)) : undefined;
      return year === undefined ? doc : { ...doc, y: [year, year] };
    });
    const owners: number[] = [];
    const first: number[] = [];
    const valueWords: { words: string[]; doc: number }[] = [];
    const forms = new Map<string, Map<string, number>>();
    const itself = new Set<string>();
    this.docs.forEach((doc, p) => {
      first.push(this.values.length);
      for (const value of fieldValues(doc, payload.locale)) {
        let words: string[] = [];
        if (TEXT_FIELDS.has(value.field)) {
          const keys = new Set<string>();
          // English words folded to their keys, and collected for the word index, in one pass.
          value.text = foldWords(value.text, (key, w) => {
            keys.add(key);
            if (key === w) itself.add(key);
            else {
              const seen = forms.get(key) ?? new Map<string, number>();
              seen.set(w, (seen.get(w) ?? 0) + 1);
              forms.set(key, seen);
            }
          });
          words = [...keys];
        }
        this.values.push(value);
        owners.push(p);
        valueWords.push({ words, doc: p });
      }
    });
    first.push(this.values.length);
    // A key written as itself somewhere is shown as itself; otherwise as its most frequent spelling.
    for (const [key, seen] of forms)
      if (!itself.has(key)) this.surface.set(key, [...seen].sort((a, b) => b[1] - a[1])[0][0]);
    // A record of no district (a glossary term, a theme) that names one, in its title, names or text,
    // belongs to it when a query names it (Theatre Dongcheng, 西城's “full response”).
    this.named = this.docs.map((doc, p) => {
      if (doc.d) return undefined;
      const own: string[] = [];
      for (let v = first[p]; v < first[p + 1]; v++) own.push(` ${this.values[v].text} `);
      const ids = payload.districts
        .filter(({ names }) =>
          names.some((name) => own.some((text) => (hasHan(name) ? text.includes(name) : text.includes(` ${name} `)))),
        )
        .map(({ id }) => id);
      return ids.length ? ids : undefined;
    });
    this.valueDoc = Int32Array.from(owners);
    this.texts = this.values.map((v) => v.text);
    this.syllableAt = this.values.map((v) => v.syllableAt);
    this.hanOf = this.values.map((v) => v.han);
    this.valueField = Uint8Array.from(this.values, (v) => v.field);
    this.valueLength = Int32Array.from(this.values, (v) => v.text.length);
    this.first = Int32Array.from(first);
    this.prior = Float32Array.from(
      this.docs,
      (d) => KIND_PRIOR[d.k] * ((d.k === 'e' || d.k === 'd') && d.h ? SECTION_PRIOR : 1),
    );
    this.rank = Uint8Array.from(this.docs, (d) => kindRank(d.k));
    this.grams = new GramIndex(
      this.values.map((v) => ({ text: v.text, grams: TEXT_FIELDS.has(v.field) ? 'han' : 'letters' })),
    );
    this.words = new WordIndex(valueWords);
    for (const v of this.values) {
      if (v.field !== FIELD.pinyin) continue;
      const at = v.syllableAt!;
      let start = 0;
      for (let i = 1; i <= v.text.length; i++) {
        if (at[i] < 0) continue;
        this.syllables.add(v.text.slice(start, i));
        start = i;
      }
    }
  }

  search(raw: unknown, filters: SearchFilters = {}): SearchOutcome {
    const query = parseQuery(raw, this.payload);
    const narrowing = query.years !== null || query.districts.length > 0;
    const outcome = (terms: string[], phrase: string, keep: Uint8Array | null, narrowed: boolean): SearchOutcome => {
      // Pinyin typed in syllables ("wang ge hua", "jie xiang chui shao") is first searched as one word.
      if (terms.length > 1 && terms.every((t) => this.isPinyin(t))) {
        const joined = this.run([terms.join('')], terms.join(''), keep);
        if (joined.hits.length > 0) return { ...joined, query, narrowed, suggestion: null };
      }
      return { ...this.run(terms, phrase, keep), query, narrowed, suggestion: null };
    };
    let result = outcome(query.terms, query.phrase, this.allowed(filters, query), narrowing);
    if (result.hits.length === 0 && narrowing && query.terms.length > 0) {
      // Nothing left once the query's own years or districts narrowed it: the words anywhere.
      result = outcome(query.terms, query.phrase, this.allowed(filters, null), false);
    }
    if (result.hits.length === 0 && query.terms.length > 0)
      result.suggestion = this.suggest(query.terms, filters, query);
    if (result.hits.length === 0) result.narrowed = false;
    return result;
  }

  /** Whether a word is made of syllables the index's pinyin uses. */
  private isPinyin(word: string): boolean {
    if (!LETTERS.test(word)) return false;
    // reachable[i]: the first i letters split into syllables.
    const reachable = new Uint8Array(word.length + 1);
    reachable[0] = 1;
    for (let i = 0; i < word.length; i++) {
      if (!reachable[i]) continue;
      for (let j = i + 1; j <= Math.min(word.length, i + MAX_SYLLABLE); j++)
        if (this.syllables.has(word.slice(i, j))) reachable[j] = 1;
    }
    return reachable[word.length] === 1;
  }

  /** The documents the explicit filters and those the query names allow; null when nothing filters. */
  private allowed(f: SearchFilters, q: ParsedQuery | null): Uint8Array | null {
    const districts = [...(f.districts ?? [])];
    const queryDistricts = q?.districts ?? [];
    const themes = f.themes ?? [];
    const kinds = f.kinds ?? [];
    let from = f.from ?? null;
    let to = f.to ?? null;
    if (q?.years) {
      from = Math.max(from ?? -Infinity, q.years[0]);
      to = Math.min(to ?? Infinity, q.years[1]);
    }
    const era = f.era ?? null;
    if (
      !districts.length &&
      !queryDistricts.length &&
      !themes.length &&
      !kinds.length &&
      from === null &&
      to === null &&
      !era
    )
      return null;
    const keep = new Uint8Array(this.docs.length);
    for (let p = 0; p < this.docs.length; p++) {
      const d = this.docs[p];
      if (kinds.length && !kinds.includes(d.k)) continue;
      if (districts.length && (!d.d || !districts.includes(d.d))) continue;
      if (
        queryDistricts.length &&
        !(d.d ? queryDistricts.includes(d.d) : this.named[p]?.some((id) => queryDistricts.includes(id)))
      )
        continue;
      if (era && d.e !== era) continue;
      if (themes.length && !d.th?.some((t) => themes.includes(t))) continue;
      if (from !== null && (!d.y || d.y[1] < from)) continue;
      if (to !== null && (!d.y || d.y[0] > to)) continue;
      keep[p] = 1;
    }
    return keep;
  }

  private run(
    terms: string[],
    phraseText: string,
    keep: Uint8Array | null,
  ): Pick<SearchOutcome, 'hits' | 'terms' | 'truncated' | 'corrected' | 'partial'> {
    const none = { hits: [], terms, truncated: false, corrected: null, partial: false };
    if (terms.length === 0) {
      if (!keep) return none;
      const hits = this.docs.map((doc, i) => ({ doc, score: 0, i })).filter((h) => keep[h.i]);
      hits.sort(
        (a, b) => kindRank(a.doc.k) - kindRank(b.doc.k) || (a.doc.dt ?? '').localeCompare(b.doc.dt ?? '') || a.i - b.i,
      );
      return { ...none, hits: hits.map(({ doc, score }) => ({ doc, score })) };
    }
    const budget = { left: APPROXIMATE_BUDGET };
    const results = terms.map((t) => this.term(t, keep, budget));
    const n = this.docs.length;
    const weight = results.map((r) => Math.log(1 + n / (1 + r.docs.length)));
    const total = weight.reduce((a, b) => a + b, 0);
    const phrase = phraseText ? foldWords(phraseText) : null;
    const scores = new Float32Array(n);
    /** Per document holding every word: where all of them are (IN_SHORT, IN_BODY). */
    const wheres = new Uint8Array(n);
    const several = terms.length > 1;

    /** The documents missing at most `allowMissing` of the words, with their scores in `scores`. */
    const collect = (allowMissing: number): number[] => {
      // Every document holding all the words is in the shortest list; with one missing, in some list.
      const lists =
        allowMissing === 0
          ? [results.reduce((a, b) => (b.docs.length < a.docs.length ? b : a)).docs]
          : results.map((r) => r.docs);
      const out: number[] = [];
      const seen = new Uint8Array(n);
      for (const list of lists) {
        for (const p of list) {
          if (seen[p]) continue;
          seen[p] = 1;
          let missing = 0;
          let sum = 0;
          let where = IN_SHORT | IN_BODY;
          for (let t = 0; t < results.length; t++) {
            const b = results[t].best[p];
            if (b > 0) {
              sum += weight[t] * b;
              where &= results[t].where[p];
            } else if (++missing > allowMissing) break;
          }
          if (missing > allowMissing) continue;
          // One word: the title it covers, noted as it was found. Several: looked for below.
          scores[p] = sum / total + (several ? 0 : results[0].cover[p]);
          if (several && missing === 0) wheres[p] = where;
          out.push(p);
        }
      }
      return out;
    };
    let found = collect(0);
    let partial = false;
    if (found.length === 0 && terms.length >= 3) {
      found = collect(1);
      partial = found.length > 0;
    }
    // Several words: the phrase bonus, looked for in the documents that may rank first (a phrase in a
    // title counts far more than one in a body, and a title match already scores high).
    if (several && phrase) {
      let floor = -Infinity;
      if (found.length > BONUS_POOL) {
        const sorted = Float32Array.from(found, (p) => scores[p]).sort();
        floor = sorted[sorted.length - BONUS_POOL];
      }
      for (const p of found) if (wheres[p] && scores[p] >= floor) scores[p] += this.bonus(p, phrase, wheres[p]);
    }
    for (const p of found) scores[p] *= this.prior[p];
    found = this.diversified(this.ranked(found, scores), scores);
    const corrections = results.map((r, t) => r.correction ?? terms[t]);
    return {
      hits: found.map((p) => ({ doc: this.docs[p], score: scores[p] })),
      terms: [...new Set(results.flatMap((r) => r.marks))],
      truncated: budget.left < 0,
      corrected: results.some((r) => r.correction) ? corrections.join(' ') : null,
      partial,
    };
  }

  /**
   * Documents by descending score, then by kind, then in index order: one numeric sort over keys
   * that hold all three (scores to a millionth).
   */
  private ranked(found: readonly number[], scores: Float32Array): number[] {
    const keys = new Float64Array(found.length);
    for (let i = 0; i < found.length; i++) {
      const p = found[i];
      const inverse = Math.round(Math.max(0, 4 - scores[p]) * 2 ** 18);
      keys[i] = inverse * 2 ** 23 + this.rank[p] * 2 ** 20 + p;
    }
    keys.sort();
    return Array.from(keys, (key) => key % 2 ** 20);
  }

  /**
   * The first results made varied: a result whose kind and title repeat one above it (the same
   * figure in several years) counts less, and a third result of one kind in a row gives way to a
   * result of another kind that scores nearly as well.
   */
  private diversified(ranked: number[], scores: Float32Array): number[] {
    const head = ranked.slice(0, DIVERSE_HEAD);
    const seen = new Map<string, number>();
    const adjusted = new Map<number, number>();
    for (const p of head) {
      const key = `${this.docs[p].k}:${this.docs[p].t}`;
      const repeats = seen.get(key) ?? 0;
      seen.set(key, repeats + 1);
      adjusted.set(p, scores[p] * REPEAT_FACTOR ** repeats);
    }
    const pool = [...head].sort((a, b) => adjusted.get(b)! - adjusted.get(a)! || head.indexOf(a) - head.indexOf(b));
    const out: number[] = [];
    while (pool.length > 0) {
      let pick = 0;
      const k = this.docs[pool[0]].k;
      if (out.length >= 2 && out.slice(-2).every((p) => this.docs[p].k === k)) {
        const other = pool.findIndex((p) => this.docs[p].k !== k);
        if (other > 0 && adjusted.get(pool[other])! >= NEARLY * adjusted.get(pool[0])!) pick = other;
      }
      out.push(...pool.splice(pick, 1));
    }
    return [...out, ...ranked.slice(DIVERSE_HEAD)];
  }

  /** What document p, which holds every word of a query of several, gains from holding them as a phrase in a title or name, or in its body. */
  private bonus(p: number, phrase: string | null, where: number): number {
    if (!phrase) return 0;
    let bonus = 0;
    for (let v = this.first[p]; v < this.first[p + 1]; v++) {
      const field = this.valueField[v];
      const body = field === FIELD.body;
      // The body comes last: not read when a title already holds the phrase.
      if (!(body ? where & IN_BODY && bonus === 0 : SHORT_TEXT.has(field) && where & IN_SHORT)) continue;
      const text = this.values[v].text;
      if (!text.includes(phrase)) continue;
      const gain = body
        ? PHRASE_BONUS.body
        : FIELD_WEIGHT[field] * (PHRASE_BONUS.title + COVERAGE_BONUS * (phrase.length / text.length));
      if (gain > bonus) bonus = gain;
    }
    return bonus;
  }

  /** Where one word of the query matches, document by document. */
  private term(term: string, keep: Uint8Array | null, budget: { left: number }): TermResult {
    const n = this.docs.length;
    const result: TermResult = {
      best: new Float32Array(n),
      where: new Uint8Array(n),
      cover: new Float32Array(n),
      docs: [],
      marks: [],
    };
    const { best, where, cover, docs } = result;
    const record: Recorder = (v, score, length = 0) => {
      const p = this.valueDoc[v];
      if (keep && !keep[p]) return;
      if (best[p] === 0) docs.push(p);
      if (score > best[p]) best[p] = score;
      const field = this.valueField[v];
      where[p] |= WHERE[field];
      if (length > 0 && WHERE[field] === IN_SHORT) {
        const gain = FIELD_WEIGHT[field] * COVERAGE_BONUS * Math.min(1, length / this.valueLength[v]);
        if (gain > cover[p]) cover[p] = gain;
      }
    };
    if (hasHan(term)) this.hanTerm(term, record, result, budget);
    else this.latinTerm(term, record, result, budget);
    return result;
  }

  private hanTerm(term: string, record: Recorder, result: TermResult, budget: { left: number }) {
    result.marks.push(term);
    this.hanExact(term, 1, record);
    this.abbreviated(term, record);
    if (result.docs.length > 0) return;
    // Typos: in titles and names only (a word mistyped in a long body would match by chance).
    const length = Array.from(term).length;
    const errors = length >= 7 ? 2 : length >= 3 ? 1 : 0;
    if (errors > 0 && term.length <= MAX_PATTERN) {
      for (const v of this.grams.candidates(term, 'han', errors) ?? []) {
        const { field, text } = this.values[v];
        if (!SHORT_TEXT.has(field)) continue;
        if ((budget.left -= text.length) < 0) break;
        const found = approximateFind(text, term, errors);
        if (found) record(v, FIELD_WEIGHT[field] * QUALITY.word * (1 - PER_EDIT * found.errors));
      }
    }
    if (result.docs.length > 0 || length < 4) return;
    // A phrase found nowhere whole ("157个街道大部制改革"): most of its pairs of characters, anywhere.
    const chars = Array.from(term);
    const pairs = [...new Set(chars.slice(1).map((c, i) => chars[i] + c))];
    for (const v of this.grams.candidates(term, 'han', Math.floor(length * (1 - MIN_PAIR_SHARE))) ?? []) {
      const { field, text } = this.values[v];
      if (!TEXT_FIELDS.has(field)) continue;
      if ((budget.left -= text.length) < 0) break;
      const share = pairs.filter((pair) => text.includes(pair)).length / pairs.length;
      if (share >= MIN_PAIR_SHARE) record(v, FIELD_WEIGHT[field] * QUALITY.inside * share);
    }
    result.marks.push(...pairs);
  }

  /**
   * A Chinese abbreviation in the titles and names that spell it out: 社工委 in 社会工委, its
   * characters in order, at most one other character between two of them. Counts less than the
   * word as written, more than the word in a body.
   */
  private abbreviated(term: string, record: Recorder) {
    const chars = Array.from(term);
    if (chars.length < 3 || chars.length > MAX_ABBREVIATION) return;
    for (const v of this.grams.containing(term) ?? []) {
      const field = this.valueField[v];
      if (!SHORT_TEXT.has(field)) continue;
      const text = this.texts[v];
      if (text.includes(term) || !spelledOut(text, chars)) continue;
      record(v, FIELD_WEIGHT[field] * QUALITY.abbreviation);
    }
  }

  /** Chinese found as it is in the titles, names and bodies. */
  private hanExact(han: string, factor: number, record: Recorder) {
    // One or two characters: the character's or the pair's own postings, nothing to check.
    const exact = Array.from(han).length <= 2;
    const length = factor === 1 ? han.length : 0;
    for (const v of this.grams.candidates(han, 'han', 0) ?? []) {
      const field = this.valueField[v];
      if (!WHERE[field] || (!exact && !this.values[v].text.includes(han))) continue;
      const whole = this.valueLength[v] === han.length;
      record(v, FIELD_WEIGHT[field] * (whole ? QUALITY.value : QUALITY.word) * factor, length);
    }
  }

  private latinTerm(term: string, record: Recorder, result: TermResult, budget: { left: number }) {
    const key = LETTERS.test(term) ? wordKey(term) : term;
    result.marks.push(key);
    // A word of one or two letters would start half the words of the index: whole words only.
    this.wordMatches(key, 1, record, key.length <= 2);
    if (LETTERS.test(term)) this.pinyinMatches(term, 1, record, result);
    if (result.docs.length > 0 || !LETTERS.test(term)) return;

    // Found nowhere as typed: the closest words of the index (in pinyin too, when they are pinyin).
    const { words, distance } = this.vocabularyCorrections(key);
    for (const w of words) {
      this.wordMatches(w, 1 - PER_EDIT * distance, record, true);
      if (this.isPinyin(w)) this.pinyinMatches(w, 1 - PER_EDIT * distance, record, result);
    }
    if (words.length) {
      result.correction = this.surface.get(words[0]) ?? words[0];
      result.marks.push(...words);
    }
    // Pinyin with typos, when no word of the index was close enough (candidates likeliest first,
    // within the budget). Pinyin is forgiven one edit up to nine letters (a syllable mistyped), two beyond.
    const allowance = Math.min(typoAllowance(term.length), term.length <= 9 ? 1 : 2);
    if (result.docs.length === 0 && allowance > 0 && term.length >= 5 && term.length <= MAX_PATTERN) {
      for (const v of this.grams.candidates(term, 'letters', allowance) ?? []) {
        if (this.valueField[v] !== FIELD.pinyin) continue;
        const text = this.texts[v];
        if ((budget.left -= text.length) < 0) break;
        const found = approximateFind(text, term, allowance);
        if (found) record(v, FIELD_WEIGHT[FIELD.pinyin] * QUALITY.prefix * (1 - PER_EDIT * found.errors));
      }
    }
  }

  /** A word as pinyin and initials, and the Chinese it spells. */
  private pinyinMatches(word: string, factor: number, record: Recorder, result: TermResult) {
    const readings = new Map<string, Reading>();
    this.pinyin(word, FIELD.pinyin, readings);
    if (INITIALS.test(word)) this.pinyin(word, FIELD.initials, readings);
    // A Chinese reading that many documents share is likelier what the initials mean (wgh: 网格化, not 五规划).
    const most = Math.max(1, ...[...readings].filter(([han]) => han).map(([, r]) => r.count));
    for (const [han, r] of readings) {
      const weight = factor * (0.7 + (han ? (0.3 * r.count) / most : 0));
      for (let i = 0; i < r.hits.length; i += 2) record(r.hits[i], r.hits[i + 1] * weight);
      if (han.length < 2 || r.count * 3 < most) continue;
      result.marks.push(han);
      // When the pinyin finds few documents, the Chinese it spells is looked for in every text too
      // (sgw: 社工委 in a body), counting less than the pinyin itself.
      if (result.docs.length < SPARSE) this.hanExact(han, READING_FACTOR * factor, record);
    }
  }

  private vocabularyCorrections(key: string): { words: string[]; distance: number } {
    return this.words.hasPrefix(key) ? { words: [], distance: 0 } : this.words.corrections(key);
  }

  /** A word (as a key) in the titles, names and bodies: scored by how the words there hold it. */
  private wordMatches(key: string, factor: number, record: Recorder, whole = false) {
    const length = factor === 1 && !whole ? key.length : 0;
    for (const { postings, match } of this.words.find(key, whole)) {
      const quality = QUALITY[match];
      for (let i = 0; i < postings.length; i++) {
        const v = postings[i];
        const field = this.valueField[v];
        const q = match === 'word' && this.valueLength[v] === key.length ? QUALITY.value : quality;
        record(v, FIELD_WEIGHT[field] * q * factor, length);
      }
    }
  }

  /**
   * A word in the pinyin (or initials) values: scored by whether it starts and ends at a syllable,
   * and noted with the Chinese it spells there.
   */
  private pinyin(term: string, field: typeof FIELD.pinyin | typeof FIELD.initials, readings: Map<string, Reading>) {
    for (const v of this.grams.candidates(term, 'letters', 0) ?? []) {
      if (this.valueField[v] !== field) continue;
      const text = this.texts[v];
      const at = this.syllableAt[v]!;
      const count = at[text.length];
      let best = 0;
      let first = -1;
      let last = -1;
      for (let i = text.indexOf(term); i !== -1 && best < QUALITY.value; i = text.indexOf(term, i + 1)) {
        const s = at[i];
        // A short word inside a syllable (ge in "geng" is fine, in "hege" is not) is chance.
        if (s < 0 && term.length <= 3) continue;
        const e = at[i + term.length];
        const q =
          s === 0 && e === count
            ? QUALITY.value
            : s >= 0 && e >= 0
              ? QUALITY.word
              : s >= 0
                ? QUALITY.prefix
                : QUALITY.inside;
        if (q > best) {
          best = q;
          first = s;
          last = e;
        }
      }
      if (best === 0) continue;
      const spelled = this.hanOf[v];
      const han = first >= 0 && last >= 0 && spelled ? spelled.slice(first, last) : '';
      let reading = readings.get(han);
      if (!reading) readings.set(han, (reading = { count: 0, last: -1, hits: [] }));
      reading.hits.push(v, FIELD_WEIGHT[field] * best);
      // Values come in document order: a document is counted once per reading.
      const p = this.valueDoc[v];
      if (reading.last !== p) {
        reading.count++;
        reading.last = p;
      }
    }
  }

  /** When nothing matched: each unknown English word replaced by the closest word of the index, if that finds something. */
  private suggest(terms: readonly string[], filters: SearchFilters, query: ParsedQuery): string | null {
    let changed = false;
    const words = terms.map((t) => {
      if (!LETTERS.test(t)) return t;
      const key = wordKey(t);
      if (this.words.hasPrefix(key)) return t;
      // A long word may be one edit further off than the search forgave; a short one may not.
      const limit = typoAllowance(key.length) + (key.length >= 7 ? 1 : 0);
      const [best] = this.words.corrections(key, limit, 1).words;
      if (!best) return t;
      changed = true;
      return this.surface.get(best) ?? best;
    });
    if (!changed) return null;
    const hits = this.run(words, words.join(' '), this.allowed(filters, query)).hits;
    return hits.length > 0 ? words.join(' ') : null;
  }
}
