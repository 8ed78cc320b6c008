// Small helpers the header needs before the search engine loads.

/** Fills a template such as "{n} results" (single pass: values are never read as templates). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
