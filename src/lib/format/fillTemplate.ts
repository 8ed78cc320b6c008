// UI strings with placeholders, shared by the pages (at build time) and the client scripts.

/** Fills a template such as "{n} results"; a placeholder without a value stays as it is. Single pass: values are never read as templates. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
