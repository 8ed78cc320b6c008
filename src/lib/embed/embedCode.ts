// The code a reader copies to embed a page of the site elsewhere: an <iframe> with a height that fits
// a phone without any script, and a tiny script that fits the frame to its content. The embedded page
// posts its height (postMessage, EMBED_HEIGHT_MESSAGE); the script accepts it only from one of these
// frames (the message's source is the frame's window), from the frame's own origin ("null" when a
// course platform sandboxes the frame), in the expected shape, and only sets a height: nothing is
// evaluated. Where a platform strips scripts, the frame keeps the fallback height.

export const EMBED_HEIGHT_MESSAGE = 'reform-history:embed-height';

/** The most a frame is ever made tall, px: a guard against nonsense, not a layout limit. */
export const MAX_EMBED_HEIGHT = 100000;

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  height: number;
}

/** True for a well-formed height message (the same test the snippet's script makes). */
export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === EMBED_HEIGHT_MESSAGE && typeof height === 'number' && height > 0 && height < MAX_EMBED_HEIGHT;
}

// ES5, so that it runs on whatever page it is pasted into. Kept in step with isEmbedHeightMessage.
export const RESIZE_SCRIPT =
  '<script>addEventListener("message",function(e){' +
  'var d=e.data,f=document.querySelectorAll("iframe[data-reform-embed]"),i;' +
  `if(!d||d.type!=="${EMBED_HEIGHT_MESSAGE}"||typeof d.height!=="number"||!(d.height>0&&d.height<${MAX_EMBED_HEIGHT}))return;` +
  'for(i=0;i<f.length;i++)if(f[i].contentWindow===e.source&&(e.origin==="null"||f[i].src.indexOf(e.origin+"/")===0))' +
  'f[i].style.height=Math.ceil(d.height)+"px"})</script>';

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The embed code: the frame, then the script that fits it to its content. */
export function iframeCode(src: string, title: string, height: number): string {
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${Math.ceil(height)}" ` +
    `style="border:0;max-width:100%" loading="lazy" data-reform-embed></iframe>\n${RESIZE_SCRIPT}`
  );
}
