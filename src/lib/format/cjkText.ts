// YAML folded text (>-) joins lines with a space, which is right in English and wrong in Chinese.
const CJK = '\\u2e80-\\u9fff\\u3000-\\u303f\\uff00-\\uffef\\u201c\\u201d';
const SPACE_BETWEEN_CJK = new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, 'g');

/** Removes the white space that line folding left between two Chinese characters or punctuation marks. */
export function joinCjkLines(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '$1');
}
