// Adds a stylesheet the page does not wait for, once, and tells when it has loaded (or failed: what
// it styles then shows unstyled rather than not at all). Used for the styles only a script's parts
// need, so that the stylesheet a page waits for stays small enough to be inlined.
const loaded = new Map<string, Promise<void>>();

export function loadStylesheet(href: string): Promise<void> {
  let done = loaded.get(href);
  if (!done) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    done = new Promise<void>((resolve) => {
      link.addEventListener('load', () => resolve(), { once: true });
      link.addEventListener('error', () => resolve(), { once: true });
    });
    document.head.append(link);
    loaded.set(href, done);
  }
  return done;
}
