// Completes what a reader copies with the origin serving the page, in builds without SITE_URL (whose
// HTML writes these URLs root-relative): [data-site-path] elements hold a URL as text or value, and
// [data-embed-src] text areas are rewritten from their parts. Absolute URLs are left as they are.
import { iframeCode } from '../../lib/site/embedCode.ts';
import { withOrigin } from '../../lib/site/siteUrl.ts';

/** Typed data-* props of an embed-code text area (written by ShareTools.astro). */
export interface EmbedCodeProps {
  'data-embed-src': string;
  'data-embed-title': string;
  'data-embed-height': number;
}

export function fillOrigin(root: ParentNode, origin = location.origin) {
  for (const el of root.querySelectorAll<HTMLElement>('[data-site-path]')) {
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = withOrigin(el.value, origin);
    else el.textContent = withOrigin(el.textContent ?? '', origin);
  }
  for (const el of root.querySelectorAll<HTMLTextAreaElement>('textarea[data-embed-src]')) {
    const { embedSrc = '', embedTitle = '', embedHeight = '0' } = el.dataset;
    el.value = iframeCode(withOrigin(embedSrc, origin), embedTitle, Number(embedHeight));
  }
}
