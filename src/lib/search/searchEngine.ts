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
import { hasHan, splitTerms } from './searchNormalize.ts';
import { GramIndex } from './searchCandidates.ts';
import { approximateFind, MAX_PATTERN, typoAllowance } from './searchMatch.ts';
import { foldWords, wordKey } from './searchEnglish.ts';
import { Vocabulary } from './searchVocabulary.ts';

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
const QUALITY = { value: 1.25, word: 1, prefix: 0.85, inside: 0.4 } as const;
/** A corrected word, and a pinyin or Chinese word found with typos, count this much less per edit. */
const PER_EDIT = 0.2;
/** What a result gains when the whole query appears as a phrase in a title or name, or in the body. */
const PHRASE_BONUS = { title: 0.3, body: 0.08 } as const;
/** How much a title counts that the query covers whole, against one it is a small part of. */
const COVERAGE_BONUS = 0.15;
/** Equal matches: milestones and glossary terms first, narrative sections last. */
const KIND_PRIOR: Record<DocKind, number> = { m: 1, g: 1, d: 0.97, e: 0.95, p: 0.96, t: 0.96, l: 0.94, f: 0.9 };
const SECTION_PRIOR = 0.93;
/** Characters approximate matching may read per query (keeps any query fast on a large index). */
export const APPROXIMATE_BUDGET = 150_000;
/** The Chinese a pinyin word spells, found in a text, counts this much of the pinyin match. */
const READING_FACTOR = 0.6;
/** A Chinese word found nowhere whole is matched by its pairs of characters: this share must be present. */
const MIN_PAIR_SHARE = 0.6;

const TEXT_FIELDS = new Set<number>([FIELD.title, FIELD.name, FIELD.alt, FIELD.body]);
const SHORT_TEXT = new Set<number>([FIELD.title, FIELD.name, FIELD.alt]);
const LETTERS = /^[a-z]+$/;
/** Initials are consonants (y and w included): a word with vowels is not taken for initials. */
const INITIALS = /^[b-df-hj-np-tv-z]{2,12}$/;
const kindRank = (k: DocKind) => KINDS.indexOf(k);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c) && !/\p{Script=Han}/u.test(c);

/** What one word of the query found. */
interface TermResult {
  /** Per document: the best match's score, 0 when none. */
  best: Float32Array;
  /** Documents matched. */
  count: number;
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
  /** Values of document p are first[p] … first[p + 1] - 1. */
  private readonly first: Int32Array;
  private readonly grams: GramIndex;
  private readonly vocabulary: Vocabulary;
  /** An English key → the word most often written for it, for corrections shown to the reader. */
  private readonly surface = new Map<string, string>();

  constructor(payload: SearchPayload) {
    this.payload = payload;
    this.docs = payload.docs;
    const owners: number[] = [];
    const first: number[] = [];
    const words: string[][] = [];
    const seen = new Map<string, Map<string, number>>();
    this.docs.forEach((doc, p) => {
      if (!doc.y && doc.dt) doc.y = [Number(doc.dt.slice(0, 4)), Number(doc.dt.slice(0, 4))];
      first.push(this.values.length);
      const docWords: string[] = [];
      for (const value of fieldValues(doc, payload.locale)) {
        if (TEXT_FIELDS.has(value.field)) {
          for (const w of value.text.match(/[a-z]+/g) ?? []) {
            const key = wordKey(w);
            docWords.push(key);
            const forms = seen.get(key) ?? new Map<string, number>();
            forms.set(w, (forms.get(w) ?? 0) + 1);
            seen.set(key, forms);
          }
          value.text = foldWords(value.text);
        }
        this.values.push(value);
        owners.push(p);
      }
      words.push(docWords);
    });
    first.push(this.values.length);
    for (const [key, forms] of seen) this.surface.set(key, [...forms].sort((a, b) => b[1] - a[1])[0][0]);
    this.valueDoc = Int32Array.from(owners);
    this.first = Int32Array.from(first);
    this.grams = new GramIndex(this.values.map((v) => v.text));
    this.vocabulary = new Vocabulary(words);
  }

  search(raw: unknown, filters: SearchFilters = {}): SearchOutcome {
    const query = parseQuery(raw, this.payload);
    const narrowing = query.years !== null || query.districts.length > 0;
    const outcome = (terms: string[], phrase: string, keep: Uint8Array | null, narrowed: boolean): SearchOutcome => ({
      ...this.run(terms, phrase, keep),
      query,
      narrowed,
      suggestion: null,
    });
    let result = outcome(query.terms, query.phrase, this.allowed(filters, query), narrowing);
    if (result.hits.length === 0 && narrowing && query.terms.length > 0) {
      // Nothing left once the query's own years or districts narrowed it: search for those words too.
      result = outcome(splitTerms(query.normalized), query.normalized, this.allowed(filters, null), false);
    }
    if (result.hits.length === 0 && query.terms.length > 0) result.suggestion = this.suggest(query.terms, filters, query);
    if (result.hits.length === 0) result.narrowed = false;
    return result;
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
    return Uint8Array.from(this.docs, (d) => {
      if (kinds.length && !kinds.includes(d.k)) return 0;
      if (districts.length && (!d.d || !districts.includes(d.d))) return 0;
      if (queryDistricts.length && (!d.d || !queryDistricts.includes(d.d))) return 0;
      if (era && d.e !== era) return 0;
      if (themes.length && !d.th?.some((t) => themes.includes(t))) return 0;
      if (from !== null || to !== null) {
        if (!d.y) return 0;
        if (from !== null && d.y[1] < from) return 0;
        if (to !== null && d.y[0] > to) return 0;
      }
      return 1;
    });
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
    const weight = results.map((r) => Math.log(1 + n / (1 + r.count)));
    const total = weight.reduce((a, b) => a + b, 0);
    const phrase = phraseText ? foldWords(phraseText) : null;

    const collect = (allowMissing: number) => {
      const hits: (SearchHit & { i: number })[] = [];
      for (let p = 0; p < n; p++) {
        if (keep && !keep[p]) continue;
        let missing = 0;
        let sum = 0;
        for (let t = 0; t < results.length; t++) {
          const b = results[t].best[p];
          if (b > 0) sum += weight[t] * b;
          else if (++missing > allowMissing) break;
        }
        if (missing > allowMissing) continue;
        const doc = this.docs[p];
        const prior = KIND_PRIOR[doc.k] * ((doc.k === 'e' || doc.k === 'd') && doc.h ? SECTION_PRIOR : 1);
        hits.push({ doc, score: (sum / total + this.bonus(p, phrase, terms.length)) * prior, i: p });
      }
      return hits;
    };
    let hits = collect(0);
    let partial = false;
    if (hits.length === 0 && terms.length >= 3) {
      hits = collect(1);
      partial = hits.length > 0;
    }
    hits.sort((a, b) => b.score - a.score || kindRank(a.doc.k) - kindRank(b.doc.k) || a.i - b.i);
    const corrections = results.map((r, t) => r.correction ?? terms[t]);
    return {
      hits: hits.map(({ doc, score }) => ({ doc, score })),
      terms: [...new Set(results.flatMap((r) => r.marks))],
      truncated: budget.left < 0,
      corrected: results.some((r) => r.correction) ? corrections.join(' ') : null,
      partial,
    };
  }

  /**
   * What document p gains from a title or name that holds the query whole (the more of it the query
   * covers, the more), and, for a query of several words, from holding them as a phrase.
   */
  private bonus(p: number, phrase: string | null, words: number): number {
    if (!phrase) return 0;
    let bonus = 0;
    for (let v = this.first[p]; v < this.first[p + 1]; v++) {
      const { field, text } = this.values[v];
      if (!TEXT_FIELDS.has(field) || !text.includes(phrase)) continue;
      const several = words > 1 ? 1 : 0;
      const gain =
        field === FIELD.body
          ? several * PHRASE_BONUS.body
          : FIELD_WEIGHT[field] * (several * PHRASE_BONUS.title + COVERAGE_BONUS * (phrase.length / text.length));
      if (gain > bonus) bonus = gain;
    }
    return bonus;
  }

  /** Where one word of the query matches, document by document. */
  private term(term: string, keep: Uint8Array | null, budget: { left: number }): TermResult {
    const result: TermResult = { best: new Float32Array(this.docs.length), count: 0, marks: [] };
    const record = (v: number, score: number) => {
      const p = this.valueDoc[v];
      if (keep && !keep[p]) return;
      if (result.best[p] === 0) result.count++;
      if (score > result.best[p]) result.best[p] = score;
    };
    if (hasHan(term)) this.hanTerm(term, record, result, budget);
    else this.latinTerm(term, record, result, budget);
    return result;
  }

  private hanTerm(term: string, record: (v: number, s: number) => void, result: TermResult, budget: { left: number }) {
    result.marks.push(term);
    this.hanExact(term, 1, record);
    if (result.count > 0) return;
    // Typos: in titles and names only (a word mistyped in a long body would match by chance).
    const length = Array.from(term).length;
    const errors = length >= 7 ? 2 : length >= 3 ? 1 : 0;
    if (errors > 0 && term.length <= MAX_PATTERN) {
      for (const v of this.grams.candidates(term, errors) ?? []) {
        const { field, text } = this.values[v];
        if (!SHORT_TEXT.has(field) || (budget.left -= text.length) < 0) continue;
        const found = approximateFind(text, term, errors);
        if (found) record(v, FIELD_WEIGHT[field] * QUALITY.word * (1 - PER_EDIT * found.errors));
      }
    }
    if (result.count > 0 || length < 4) return;
    // A phrase found nowhere whole ("157个街道大部制改革"): most of its pairs of characters, anywhere.
    const chars = Array.from(term);
    const pairs = [...new Set(chars.slice(1).map((c, i) => chars[i] + c))];
    for (const v of this.grams.candidates(term, Math.floor(length * (1 - MIN_PAIR_SHARE))) ?? []) {
      const { field, text } = this.values[v];
      if (!TEXT_FIELDS.has(field) || (budget.left -= text.length) < 0) continue;
      const share = pairs.filter((pair) => text.includes(pair)).length / pairs.length;
      if (share >= MIN_PAIR_SHARE) record(v, FIELD_WEIGHT[field] * QUALITY.inside * share);
    }
    result.marks.push(...pairs);
  }

  /** Chinese found as it is in the titles, names and bodies. */
  private hanExact(han: string, factor: number, record: (v: number, s: number) => void) {
    for (const v of this.grams.candidates(han, 0) ?? []) {
      const { field, text } = this.values[v];
      if (TEXT_FIELDS.has(field) && text.includes(han))
        record(v, FIELD_WEIGHT[field] * (text === han ? QUALITY.value : QUALITY.word) * factor);
    }
  }

  private latinTerm(term: string, record: (v: number, s: number) => void, result: TermResult, budget: { left: number }) {
    const key = LETTERS.test(term) ? wordKey(term) : term;
    result.marks.push(key);
    this.words(key, 1, record);
    const readings = new Map<string, { count: number; hits: [number, number][] }>();
    if (LETTERS.test(term)) {
      this.pinyin(term, FIELD.pinyin, readings);
      if (INITIALS.test(term)) this.pinyin(term, FIELD.initials, readings);
    }
    // A Chinese reading that many documents share is likelier what the initials mean (wgh: 网格化, not 五规划).
    const most = Math.max(1, ...[...readings].filter(([han]) => han).map(([, r]) => r.count));
    for (const [han, r] of readings) {
      for (const [v, score] of r.hits) record(v, score * (0.7 + (han ? (0.3 * r.count) / most : 0)));
      if (han.length < 2 || r.count * 3 < most) continue;
      // The Chinese it spells, found in any text, counts less than the pinyin itself (sgw: 社工委 in a body).
      result.marks.push(han);
      this.hanExact(han, READING_FACTOR, record);
    }
    if (result.count > 0 || !LETTERS.test(term)) return;

    // Found nowhere as typed: the closest words of the index, and pinyin with typos.
    const allowance = typoAllowance(term.length);
    const { words, distance } = this.vocabularyCorrections(key);
    for (const w of words) this.words(w, 1 - PER_EDIT * distance, record, true);
    if (words.length) {
      result.correction = this.surface.get(words[0]) ?? words[0];
      result.marks.push(...words);
    }
    if (allowance > 0 && term.length >= 5 && term.length <= MAX_PATTERN) {
      for (const v of this.grams.candidates(term, allowance) ?? []) {
        const { field, text } = this.values[v];
        if (field !== FIELD.pinyin || (budget.left -= text.length) < 0) continue;
        const found = approximateFind(text, term, allowance);
        if (found) record(v, FIELD_WEIGHT[field] * QUALITY.prefix * (1 - PER_EDIT * found.errors));
      }
    }
  }

  private vocabularyCorrections(key: string): { words: string[]; distance: number } {
    return this.vocabulary.hasPrefix(key) ? { words: [], distance: 0 } : this.vocabulary.corrections(key);
  }

  /** A word (as a key) in the titles, names and bodies: scored by where in a word it is found. */
  private words(key: string, factor: number, record: (v: number, s: number) => void, whole = false) {
    for (const v of this.grams.candidates(key, 0) ?? []) {
      const { field, text } = this.values[v];
      if (!TEXT_FIELDS.has(field)) continue;
      let quality = 0;
      for (let at = text.indexOf(key); at !== -1 && quality < QUALITY.word; at = text.indexOf(key, at + 1)) {
        const start = !isWordChar(text[at - 1]);
        const end = !isWordChar(text[at + key.length]);
        const q = start && end ? QUALITY.word : start && !whole ? QUALITY.prefix : key.length >= 4 && !whole ? QUALITY.inside : 0;
        if (q > quality) quality = q;
      }
      if (quality === QUALITY.word && text === key) quality = QUALITY.value;
      if (quality > 0) record(v, FIELD_WEIGHT[field] * quality * factor);
    }
  }

  /**
   * A word in the pinyin (or initials) values: scored by whether it starts and ends at a syllable,
   * and noted with the Chinese it spells there.
   */
  private pinyin(
    term: string,
    field: typeof FIELD.pinyin | typeof FIELD.initials,
    readings: Map<string, { count: number; hits: [number, number][] }>,
  ) {
    const counted = new Map<string, Set<number>>();
    for (const v of this.grams.candidates(term, 0) ?? []) {
      const value = this.values[v];
      if (value.field !== field) continue;
      const starts = value.syllables!;
      let best = 0;
      let han = '';
      for (let at = value.text.indexOf(term); at !== -1; at = value.text.indexOf(term, at + 1)) {
        const first = starts.indexOf(at);
        const last = starts.indexOf(at + term.length);
        const q =
          first === 0 && last === starts.length - 1
            ? QUALITY.value
            : first >= 0 && last >= 0
              ? QUALITY.word
              : first >= 0
                ? QUALITY.prefix
                : QUALITY.inside;
        if (q > best) {
          best = q;
          han = first >= 0 && last >= 0 && value.han ? value.han.slice(first, last).join('') : '';
        }
      }
      if (best === 0) continue;
      const entry = readings.get(han) ?? { count: 0, hits: [] };
      entry.hits.push([v, FIELD_WEIGHT[field] * best]);
      readings.set(han, entry);
      const docs = counted.get(han) ?? new Set<number>();
      docs.add(this.valueDoc[v]);
      counted.set(han, docs);
    }
    for (const [han, docs] of counted) readings.get(han)!.count = Math.max(readings.get(han)!.count, docs.size);
  }

  /** When nothing matched: each unknown English word replaced by the closest word of the index, if that finds something. */
  private suggest(terms: readonly string[], filters: SearchFilters, query: ParsedQuery): string | null {
    let changed = false;
    const words = terms.map((t) => {
      if (!LETTERS.test(t)) return t;
      const key = wordKey(t);
      if (this.vocabulary.hasPrefix(key)) return t;
      const [best] = this.vocabulary.corrections(key, typoAllowance(t.length) + 1, 1).words;
      if (!best) return t;
      changed = true;
      return this.surface.get(best) ?? best;
    });
    if (!changed) return null;
    const hits = this.run(words, words.join(' '), this.allowed(filters, query)).hits;
    return hits.length > 0 ? words.join(' ') : null;
  }
}
