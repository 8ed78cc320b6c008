// What a query asks for: the words to search, plus the years and districts it names, which narrow
// the results ("1982", "1990-2000", "东城 网格", "东城网格化", "Xicheng volunteers"). Chinese and
// other characters run together are two words ("157个街道" → 157, 个街道); English stop words go.
import { hasHan, MAX_QUERY_LENGTH, normalizeQuery, splitTerms, type CharTable } from './searchNormalize.ts';
import { STOP_WORDS } from './searchEnglish.ts';

export interface QueryContext {
  t2s: CharTable;
  /** Each district's normalised names, longest first. */
  districts: readonly { id: string; names: readonly string[] }[];
}

export interface ParsedQuery {
  /** The normalised query as typed (traditional characters mapped), before anything is taken out. */
  normalized: string;
  /** The words left to search once years and district names are taken out. */
  terms: string[];
  /** Those words as typed, in order, stop words and repeats included: the query as a phrase. */
  phrase: string;
  /** True when the words contain Chinese characters. */
  han: boolean;
  /** The years the query names, as a range. */
  years: [number, number] | null;
  /** The districts the query names. */
  districts: string[];
  /** True when the query was longer than MAX_QUERY_LENGTH characters and only its start was read. */
  cut: boolean;
}

/** "157个街道" → ["157", "个街道"]: a word's Chinese and other runs, apart. */
function scriptRuns(word: string): string[] {
  return word.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [];
}

/** The words without stop words and single letters, unless nothing else is left. */
function meaningful(words: string[]): string[] {
  const kept = words.filter((w) => hasHan(w) || (w.length > 1 && !STOP_WORDS.has(w)));
  return kept.length > 0 ? kept : words;
}

const HAN_SPACE_HAN = /(\p{Script=Han}) +(?=\p{Script=Han})/gu;
const YEAR = /(?<!\p{N})(19\d\d|20\d\d)(?!\p{N})年?/gu;

/** Minimum length of what is left of a Chinese word once a district name is taken off its front. */
const MIN_REST = 2;

export function parseQuery(raw: unknown, ctx: QueryContext): ParsedQuery {
  const normalized = normalizeQuery(raw, ctx.t2s);
  const years: number[] = [];
  const withoutYears = normalized.replace(YEAR, (_, y: string) => {
    years.push(Number(y));
    return ' ';
  });
  let words = withoutYears.split(' ').filter(Boolean);
  const districts: string[] = [];
  const found = (id: string) => {
    if (!districts.includes(id)) districts.push(id);
  };

  // Whole names, including names of several words ("dongcheng district").
  for (const { id, names } of ctx.districts) {
    for (const name of names) {
      const parts = name.split(' ');
      for (let i = 0; i + parts.length <= words.length; i++) {
        if (parts.every((p, j) => words[i + j] === p)) {
          words.splice(i, parts.length);
          found(id);
          i--;
        }
      }
    }
  }
  // A Chinese word that starts or ends with a district's name: "东城网格化" → 东城 + 网格化. The longest
  // name counts, and only when what is left is a word of its own ("东城区委" stays whole).
  const hanNames = ctx.districts
    .flatMap(({ id, names }) => names.filter(hasHan).map((name) => ({ id, name })))
    .sort((a, b) => b.name.length - a.name.length);
  const rest = (word: string) => Array.from(word).length;
  words = words
    .map((word) => {
      if (!hasHan(word)) return word;
      for (let guard = 0; guard < 8 && word; guard++) {
        const front = hanNames.find(({ name }) => word.startsWith(name));
        const back = hanNames.find(({ name }) => word.endsWith(name));
        const take = [
          front && { ...front, left: word.slice(front.name.length) },
          back && { ...back, left: word.slice(0, word.length - back.name.length) },
        ].find((t) => t && (t.left === '' || rest(t.left) >= MIN_REST || hanNames.some((n) => n.name === t.left)));
        if (!take) break;
        found(take.id);
        word = take.left;
      }
      return word;
    })
    .filter(Boolean);

  const terms = splitTerms(meaningful(words.flatMap(scriptRuns)).join(' '));
  return {
    normalized,
    terms,
    phrase: words.join(' ').replace(HAN_SPACE_HAN, '$1'),
    han: terms.some(hasHan),
    years: years.length ? [Math.min(...years), Math.max(...years)] : null,
    districts,
    cut: typeof raw === 'string' && Array.from(raw.trim().slice(0, 2 * MAX_QUERY_LENGTH + 2)).length > MAX_QUERY_LENGTH,
  };
}
