// The reader's current collection, kept in this browser (localStorage) as the query string its URL
// carries, so that one parser (lib/collection) reads both. Every change is announced on window
// (CHANGE_EVENT), and changes made in other tabs arrive through the storage event. Storage may be
// missing or refused (sandboxed frames, storage turned off): then nothing is kept, and callers know.

const KEY = 'reform-history:collection';
/** Fired on window, with detail { query }, whenever the stored collection changes. */
export const CHANGE_EVENT = 'reform-collection-change';

/** False where storage is refused (a sandboxed frame, storage turned off). */
export function storageWorks(): boolean {
  try {
    return !!window.localStorage;
  } catch {
    return false;
  }
}

/** The stored query string ("" when there is none, or no storage). */
export function readQuery(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function writeQuery(query: string): boolean {
  try {
    if (query) localStorage.setItem(KEY, query);
    else localStorage.removeItem(KEY);
  } catch {
    return false;
  }
  window.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: { query } }));
  return true;
}

/** Calls `listener` whenever the stored collection changes, here or in another tab, until `signal` aborts. */
export function onStoredChange(listener: () => void, signal: AbortSignal) {
  window.addEventListener(CHANGE_EVENT, listener, { signal });
  window.addEventListener('storage', (e) => e.key === KEY && listener(), { signal });
}
