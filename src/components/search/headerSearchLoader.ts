// The header's search box works without script (it submits to /search/). The code behind its list of
// suggestions loads only when the reader turns to the box (pointer, touch or focus) or presses the "/"
// shortcut, so that pages carry no search code until then (the home page's budget is 3 KB).
import { isShortcut } from './shortcut.ts';

const box = document.querySelector<HTMLElement>('site-search');
const input = box?.querySelector<HTMLInputElement>('input[role=combobox]');
if (box && input) {
  const intent = new AbortController();
  const load = () => {
    intent.abort();
    void import('./headerSearch.ts');
  };
  for (const type of ['pointerenter', 'touchstart', 'focusin'])
    box.addEventListener(type, load, { signal: intent.signal, passive: true });
  document.addEventListener('keydown', (e) => {
    if (!isShortcut(e)) return;
    e.preventDefault();
    input.focus();
    input.select();
  });
}
