// The <iframe> code a reader copies to embed a page of the site elsewhere.
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function iframeCode(src: string, title: string, height: number): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" loading="lazy"></iframe>`;
}
