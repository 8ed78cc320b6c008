// Runs something once the browser has painted the page the server sent: a custom element's code is
// loaded then, so that the reader sees the page as soon as possible and nothing the script does (or
// downloads) stands before the first paint.
export function afterPaint(run: () => void) {
  requestAnimationFrame(() => setTimeout(run));
}
