// Where the words of a query appear in a result's displayed text, so that the result can mark them.
// The words come as the engine searched them (searchNormalize: lower case, no diacritics, full-width
// folded, traditional mapped to the corpus's simplified characters; English words as their keys,
// searchEnglish.ts); the text is folded the same way, one character at a time, so that the ranges
// point into the text as displayed. Chinese is marked wherever it appears; an English word or a
// number marks each word of the text that starts with it (so neighbourhoods marks for neighborhood).
import { foldCase } from './searchNormalize.ts';
import { wordKey } from './searchEnglish.ts';

/** [start, end) in UTF-16 code units of the displayed text. */
export type Range = readonly [number, number];

/** Latin words shorter than this would mark every "a" and "of": they mark nothing. */
const MIN_LATIN = 2;
const HAN = /\p{Script=Han}/u;

/** The folded text, and for each of its code units the displayed code unit it came from. */
function fold(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  let at = 0;
  for (const ch of text) {
    const f = foldCase(ch);
    for (let i = 0; i < f.length; i++) from.push(at);
    folded += f;
    at += ch.length;
  }
  from.push(at);
  return { folded, from };
}

const LATIN = /^[a-z0-9]+$/;

/** The ranges of `text` where any of the query words appear, sorted and merged. */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  const words = terms.filter((t) => HAN.test(t) || t.length >= MIN_LATIN);
  if (!text || words.length === 0) return [];
  const { folded, from } = fold(text);
  const span = (i: number, length: number): [number, number] => [
    from[i],
    i + length < folded.length ? from[i + length] : text.length,
  ];
  const found: [number, number][] = [];
  const latin = words.filter((w) => LATIN.test(w));
  for (const word of words.filter((w) => !LATIN.test(w))) {
    for (let i = folded.indexOf(word); i !== -1; i = folded.indexOf(word, i + word.length)) {
      const [start, end] = span(i, word.length);
      if (end > start) found.push([start, end]);
    }
  }
  if (latin.length) {
    for (const m of folded.matchAll(/[a-z0-9]+/g)) {
      const key = /^[a-z]+$/.test(m[0]) ? wordKey(m[0]) : m[0];
      if (latin.some((w) => key.startsWith(w) || m[0].startsWith(w))) found.push(span(m.index, m[0].length));
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of found) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The text cut into plain and marked pieces, in order, covering all of it. */
export function highlightPieces(text: string, ranges: readonly Range[]): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
