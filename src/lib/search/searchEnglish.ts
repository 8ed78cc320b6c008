// Forgiving English: every Latin word of the index and of a query is reduced to one key, so that
// British and American spellings (neighbourhood/neighborhood, organisation/organization,
// civilised/civilized, centre/center), plurals and simple stems meet. The key only has to be the
// same on both sides; it need not be a word. Stop words are left out of queries.

/** Words that carry no meaning of their own in a query. */
export const STOP_WORDS = new Set(
  (
    'a an and are as at be by did do does for from how in into is it its of on or that the this to ' +
    'was were what when where which who why with'
  ).split(' '),
);

/** American → British word beginnings (the corpus writes British English). */
const OUR = /^(neighb|col|behavi|fav|hon|lab|harb|rum|hum|vap|vig|endeav|flav|od|parl|arm|splend|tum|val)or/;
const RE = /^(cent|theat|met|lit|fib|calib|somb|spect|lust|meag|sab)er(s?)$/;
const LL = /^(trave|cance|labe|mode|counse|fue|signa|equa|jewe)l(ed|ing|er|ers)$/;
const WHOLE: Record<string, string> = {
  program: 'programme',
  programs: 'programmes',
  aging: 'ageing',
  judgment: 'judgement',
  fulfill: 'fulfil',
  enroll: 'enrol',
  enrollment: 'enrolment',
  skillful: 'skilful',
  gray: 'grey',
  defense: 'defence',
  offense: 'offence',
  license: 'licence',
  catalog: 'catalogue',
  dialog: 'dialogue',
  pediatric: 'paediatric',
  encyclopedia: 'encyclopaedia',
  maneuver: 'manoeuvre',
};

/** British spelling of an American one: neighborhood → neighbourhood, organization → organisation. */
export function britishSpelling(word: string): string {
  const whole = WHOLE[word];
  if (whole) return whole;
  return word
    .replace(OUR, '$1our')
    .replace(RE, '$1re$2')
    .replace(LL, '$1ll$2')
    .replace(/(?<=..)yz(e|es|ed|ing|er|ers)$/, 'ys$1')
    .replace(/(?<=..)iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1');
}

/** A light stem: plurals and third persons (communities → community, groups → group, churches → church). */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word) && !/(is|us|ss)$/.test(word)) return word.slice(0, -1);
  return word;
}

const keys = new Map<string, string>();

/** The key of one lower-case Latin word (remembered: an index has a few thousand distinct words). */
export function wordKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    key = stem(britishSpelling(word));
    if (keys.size < 100_000) keys.set(word, key);
  }
  return key;
}

const WORD = /[a-z0-9]+/g;
const LETTERS = /^[a-z]+$/;

/**
 * Every word (letters and digits) of a normalised text replaced by its key, everything else kept;
 * `visit` sees each key with the word it stands for.
 */
export function foldWords(text: string, visit?: (key: string, word: string) => void): string {
  return text.replace(WORD, (w) => {
    const key = LETTERS.test(w) ? wordKey(w) : w;
    visit?.(key, w);
    return key;
  });
}
