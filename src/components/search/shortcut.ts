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

/** Whether a key press is the shortcut: "/" outside any field, with no modifier, when it is on. */
export function isShortcut(e: KeyboardEvent): boolean {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || !shortcutEnabled()) return false;
  const target = e.target as HTMLElement | null;
  return !(target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)));
}

export function setShortcutEnabled(on: boolean): void {
  try {
    if (on) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, 'off');
  } catch {
    // Storage may be unavailable (private mode): the shortcut then stays on for this page only.
  }
}
