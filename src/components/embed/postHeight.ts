// Inside a frame, tells the page around it how tall the content is, whenever that changes, so that
// the embed code's script can fit the frame to it (lib/embed/embedCode.ts). The height is all it says.
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from '../../lib/embed/embedCode.ts';

const main = document.querySelector('main');
if (main && window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(main.getBoundingClientRect().bottom + window.scrollY);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height } satisfies EmbedHeightMessage, '*');
  };
  // Lives as long as the page: the frame's document is the observer's whole world.
  new ResizeObserver(post).observe(main);
  addEventListener('load', post);
}
