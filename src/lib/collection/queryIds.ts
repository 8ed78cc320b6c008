// Adding or taking out one milestone in a collection's query string, without reading the rest of it:
// all that pages showing a single milestone need (collectionState.ts reads and checks the whole).
import { LIST_SEPARATOR } from '../site/urlParams.ts';

/** The ids a query names, as written (unchecked). */
export function queryIds(query: string): string[] {
  return new URLSearchParams(query)
    .getAll('m')
    .flatMap((value) => value.split(LIST_SEPARATOR))
    .map((id) => id.trim())
    .filter(Boolean);
}

/** The query with `id` added at the end, or taken out (every time it is named); the rest is kept. */
export function toggleInQuery(query: string, id: string): string {
  const ids = queryIds(query);
  const next = ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
  const params = new URLSearchParams(query);
  params.delete('m');
  const parts = [next.length ? `m=${next.join(LIST_SEPARATOR)}` : '', params.toString()].filter(Boolean);
  return parts.length ? `?${parts.join('&')}` : '';
}
