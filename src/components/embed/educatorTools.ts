// <educator-tools>: puts the reader's today into the citations' access date, and copies a citation, the
// link or an embed code. The clipboard API is used where it is allowed; otherwise the text is selected
// and copied with execCommand, and if even that fails, left selected for the reader to copy.
import { citeApa7, citeGbt7714, isoDay } from '../../lib/cite/citeMilestone.ts';
import type { Locale } from '../../lib/site/paths.ts';
import { withOrigin } from '../../lib/site/siteUrl.ts';
import { fillOrigin } from './siteOrigin.ts';

function textOf(el: HTMLElement): string {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '');
}

function selectText(el: HTMLElement) {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
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

async function copy(el: HTMLElement): Promise<boolean> {
  const text = textOf(el);
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the fallback
  }
  selectText(el);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

class EducatorTools extends HTMLElement {
  connectedCallback() {
    // The milestone page's permalink is outside this element, so the whole page is completed.
    fillOrigin(document);
    this.refreshAccessDate();
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-copy-from]')) button.hidden = false;
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('[data-copy-from]');
      if (button) void this.onCopy(button);
    });
  }

  private refreshAccessDate() {
    const cite = this.querySelector<HTMLElement>('[data-cite]');
    if (!cite) return;
    const today = isoDay(new Date());
    const input = {
      siteName: cite.dataset.site ?? '',
      title: cite.dataset.title ?? '',
      url: withOrigin(cite.dataset.url ?? '', location.origin),
      accessed: today,
      locale: (cite.dataset.locale ?? 'zh') as Locale,
    };
    const parts = { gbt7714: citeGbt7714(input), apa7: citeApa7(input) };
    for (const block of cite.querySelectorAll<HTMLElement>('[data-style]')) {
      const p = parts[block.dataset.style as keyof typeof parts];
      if (!p) continue;
      for (const part of ['before', 'title', 'after'] as const) {
        const span = block.querySelector(`[data-part="${part}"]`);
        if (span) span.textContent = p[part];
      }
    }
    cite.dataset.accessed = today;
    const note = cite.querySelector('[data-accessed-note]');
    if (note) note.textContent = (this.dataset.accessedTemplate ?? '{date}').replace('{date}', today);
  }

  private async onCopy(button: HTMLButtonElement) {
    const source = document.getElementById(button.dataset.copyFrom ?? '');
    const announce = this.querySelector<HTMLElement>('[data-announce]');
    if (!source || !announce) return;
    const ok = await copy(source);
    if (!ok) selectText(source);
    // Clear first, so that the same message is announced again on a second copy.
    announce.textContent = '';
    const message = ok ? (button.dataset.copied ?? '') : (this.dataset.failed ?? '');
    window.setTimeout(() => {
      announce.textContent = message;
    }, 50);
    // A visible confirmation on the button itself, for a moment.
    if (ok) {
      const label = button.dataset.label ?? button.textContent ?? '';
      button.dataset.label = label;
      button.textContent = `✓ ${message}`;
      window.clearTimeout(Number(button.dataset.timer));
      button.dataset.timer = String(window.setTimeout(() => (button.textContent = label), 2500));
    }
  }
}

customElements.define('educator-tools', EducatorTools);
