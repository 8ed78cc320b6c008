// Titles of documents as each language writes them: Chinese between book-title marks 《…》, English as it is.
import type { Locale } from '../site/paths.ts';

export function bookTitle(title: string): string {
  return `《${title}》`;
}

export function documentTitle(title: { readonly zh: string; readonly en: string }, locale: Locale): string {
  return locale === 'zh' ? bookTitle(title.zh) : title.en;
}
