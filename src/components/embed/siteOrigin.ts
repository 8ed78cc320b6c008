// Completes what a reader copies with the origin serving the page, in builds without SITE_URL (whose
// HTML writes these URLs root-relative): [data-site-path] elements hold a URL as text or value, and
// [data-site-embed] text areas hold embed code whose src="/…" is completed. Absolute URLs are left as
// they are.
import { withOrigin } from '../../lib/site/siteUrl.ts';

export function fillOrigin(root: ParentNode, origin = location.origin) {
  for (const el of root.querySelectorAll<HTMLElement>('[data-site-path]')) {
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = withOrigin(el.value, origin);
    else el.textContent = withOrigin(el.textContent ?? '', origin);
  }
  for (const el of root.querySelectorAll<HTMLTextAreaElement>('textarea[data-site-embed]'))
    el.value = el.value.replace(/\bsrc="\/(?!\/)/g, `src="${origin}/`);
}
