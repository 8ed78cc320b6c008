// The media types of the files the site is made of, for every server that serves it (the test and
// preview server, nginx). Text types are sent with charset=utf-8.
export const MEDIA_TYPES: Record<string, { type: string; text: boolean }> = {
  html: { type: 'text/html', text: true },
  js: { type: 'text/javascript', text: true },
  css: { type: 'text/css', text: true },
  json: { type: 'application/json', text: true },
  geojson: { type: 'application/geo+json', text: true },
  csv: { type: 'text/csv', text: true },
  txt: { type: 'text/plain', text: true },
  xml: { type: 'application/xml', text: true },
  webmanifest: { type: 'application/manifest+json', text: true },
  svg: { type: 'image/svg+xml', text: true },
  png: { type: 'image/png', text: false },
  ico: { type: 'image/x-icon', text: false },
};

/** The Content-Type header for a file extension (without the dot). */
export function contentType(extension: string): string {
  const known = MEDIA_TYPES[extension];
  if (!known) return 'application/octet-stream';
  return known.text ? `${known.type}; charset=utf-8` : known.type;
}
