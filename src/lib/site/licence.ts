// The licences the site states: code MIT (LICENSE), the site's own text and data CC BY 4.0; the source
// documents stay with their publishers.
export const CONTENT_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
