// Which fragment an address keeps: one that names something on the page. A fragment that is empty,
// malformed (a percent sequence cut off mid-character, such as "#place-%E4%B8") or names nothing goes.

/** The id a fragment names ("#place-x" → "place-x"), or null when it is empty or not valid percent-encoding. */
export function fragmentId(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The address `path` + `query` ("" or "?…") + the fragment, if it names something that `exists`. */
export function canonicalAddress(path: string, query: string, hash: string, exists: (id: string) => boolean): string {
  const id = fragmentId(hash);
  return `${path}${query}${id !== null && exists(id) ? hash : ''}`;
}
