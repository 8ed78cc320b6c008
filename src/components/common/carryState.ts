// Links that take the reader's place with them (data-carry-state): the language switch and an embed's
// "view on the site". The address the server wrote works without JavaScript; as the link is about to
// be used (pointed at, focused, clicked) it takes the page's current query and anchor, which the page
// may have changed since it loaded. `data-anchors` maps anchors the target names differently.
import { carryState } from '../../lib/site/carryState.ts';

/** What data-anchors holds: this page's anchors and the target's names for them. */
export type CarriedAnchors = Record<string, string>;

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-carry-state]')) {
  const target = link.href;
  const anchors = JSON.parse(link.dataset.anchors ?? '{}') as CarriedAnchors;
  const update = () => (link.href = carryState(target, location.search, location.hash, anchors));
  for (const type of ['pointerenter', 'focus', 'pointerdown', 'click']) link.addEventListener(type, update);
}
