// Approximate matching, the ways search forgives typing: a pattern found inside a text with at most
// k edits (bitap, for pinyin and Chinese titles), the edit distance between two words with
// transpositions counted as one edit (for correcting words against the index's vocabulary), and a
// Chinese abbreviation spelled out in full (社工委 in 社会工委).

/** Longest pattern bitap handles (one bit per character in a 32-bit integer). */
export const MAX_PATTERN = 31;

export interface Found {
  /** Edits needed. */
  errors: number;
  /** Where the match ends in the text (exclusive), in UTF-16 code units. */
  end: number;
}

/**
 * The best occurrence of `pattern` in `text` with at most `k` insertions, deletions or substitutions
 * (Wu–Manber bitap), or null. Fewest errors first, then the earliest end.
 */
export function approximateFind(text: string, pattern: string, k: number): Found | null {
  const m = pattern.length;
  if (m === 0 || m > MAX_PATTERN) return null;
  // Each character's bit mask: in a table for ASCII (pinyin), in a map otherwise (Chinese).
  const ascii = new Int32Array(128);
  const masks = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (c < 128) ascii[c] |= 1 << i;
    else masks.set(c, (masks.get(c) ?? 0) | (1 << i));
  }
  const goal = 1 << (m - 1);
  const r: number[] = [];
  for (let d = 0; d <= k; d++) r.push((1 << d) - 1);
  let best: Found | null = null;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const mask = c < 128 ? ascii[c] : (masks.get(c) ?? 0);
    let previousOld = r[0];
    r[0] = ((r[0] << 1) | 1) & mask;
    for (let d = 1; d <= k; d++) {
      const old = r[d];
      // match | insertion (text char skipped) | substitution | deletion (pattern char skipped)
      r[d] = (((old << 1) | 1) & mask) | previousOld | ((previousOld << 1) | 1) | ((r[d - 1] << 1) | 1);
      previousOld = old;
    }
    for (let d = 0; d <= k; d++) {
      if (r[d] & goal) {
        if (!best || d < best.errors) best = { errors: d, end: j + 1 };
        break;
      }
    }
    if (best?.errors === 0) return best;
  }
  return best;
}

/**
 * Edit distance between two words where swapping two neighbouring letters is one edit (optimal
 * string alignment), or `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length], limit + 1);
}

/** Edits a word of `length` characters may contain and still be recognised: none up to 3, then 1, then 2. */
export function typoAllowance(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/** Whether `text` holds the characters in order, at most one other character between two of them. */
export function spelledOut(text: string, chars: readonly string[]): boolean {
  for (let start = text.indexOf(chars[0]); start !== -1; start = text.indexOf(chars[0], start + 1)) {
    let at = start + chars[0].length;
    let ok = true;
    for (let i = 1; i < chars.length && ok; i++) {
      if (text.startsWith(chars[i], at)) at += chars[i].length;
      else if (text.startsWith(chars[i], at + 1) && text[at] !== ' ') at += 1 + chars[i].length;
      else ok = false;
    }
    if (ok) return true;
  }
  return false;
}
