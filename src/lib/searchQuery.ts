// What a query asks for: the words to search, plus the years and districts it names, which narrow
// the results ("1982", "1990-2000", "东城 网格", "东城网格化", "Xicheng volunteers").
import { hasHan, isHan, normalizeQuery, splitTerms, type CharTable } from './searchNormalize.ts';

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
  /** True when the words contain Chinese characters. */
  han: boolean;
  /** The years the query names, as a range. */
  years: [number, number] | null;
  /** The districts the query names. */
  districts: string[];
}

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
  // A Chinese word that starts with a district's name: "东城网格化" → 东城 + 网格化.
  words = words.map((word) => {
    if (!isHan(word[0] ?? '')) return word;
    for (const { id, names } of ctx.districts) {
      for (const name of names) {
        if (hasHan(name) && word.startsWith(name) && Array.from(word.slice(name.length)).length >= MIN_REST) {
          found(id);
          return word.slice(name.length);
        }
      }
    }
    return word;
  });

  const terms = splitTerms(words.join(' '));
  return {
    normalized,
    terms,
    han: terms.some(hasHan),
    years: years.length ? [Math.min(...years), Math.max(...years)] : null,
    districts,
  };
}
