// The "/" shortcut that jumps to the header's search box. A single-character shortcut must be
// possible to turn off (WCAG 2.1.4): the search page has a switch, remembered in localStorage.
const KEY = 'reform-history:search-shortcut';

export function shortcutEnabled(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export function setShortcutEnabled(on: boolean): void {
  try {
    if (on) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, 'off');
  } catch {
    // Storage may be unavailable (private mode): the shortcut then stays on for this page only.
  }
}
