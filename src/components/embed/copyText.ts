// Copying for readers: a field's value, or an element's text together with its formatting (ClipboardItem
// with text/html beside text/plain), so that APA's italics survive where the target takes formatting.
// The clipboard API is used where it is allowed; otherwise the text is selected and copied with
// execCommand (which copies the selection's formatting too), and if even that fails, left selected
// for the reader to copy.

const isField = (el: HTMLElement): el is HTMLInputElement | HTMLTextAreaElement =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;

export function selectText(el: HTMLElement) {
  if (isField(el)) {
    el.focus();
    el.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Copies `el`; false when it could not (the text is then left selected). */
export async function copyText(el: HTMLElement): Promise<boolean> {
  const text = isField(el) ? el.value : (el.textContent ?? '');
  try {
    if (navigator.clipboard && window.isSecureContext) {
      if (isField(el) || typeof ClipboardItem === 'undefined') await navigator.clipboard.writeText(text);
      else
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([el.innerHTML], { type: 'text/html' }),
            'text/plain': new Blob([text], { type: 'text/plain' }),
          }),
        ]);
      return true;
    }
  } catch {
    // fall through to the fallback
  }
  selectText(el);
  try {
    if (document.execCommand('copy')) return true;
  } catch {
    // left selected
  }
  selectText(el);
  return false;
}

/** Says what happened, in a polite live region and, for a moment, on the button itself. */
export function confirmCopy(button: HTMLButtonElement, live: HTMLElement, ok: boolean, failed: string) {
  const message = ok ? (button.dataset.copied ?? '') : failed;
  // Cleared first, so that the same message is announced again on a second copy.
  live.textContent = '';
  window.setTimeout(() => (live.textContent = message), 50);
  if (!ok) return;
  const label = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = label;
  button.textContent = `✓ ${message}`;
  window.clearTimeout(Number(button.dataset.timer));
  button.dataset.timer = String(window.setTimeout(() => (button.textContent = label), 2500));
}
