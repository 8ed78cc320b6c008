// docs/benchmarks.md is shared: each benchmark script owns one section between
// `<!-- name:start -->` and `<!-- name:end -->` and replaces only that, so figures written by other
// scripts and by hand stay as they are.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const BENCHMARKS_DOC = 'docs/benchmarks.md';

/** `doc` with section `name` set to `body`; appended at the end when the section is not there yet. */
export function withSection(doc: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end, from);
  if (from === -1 || to === -1) return `${doc.trimEnd()}\n\n${section}\n`;
  return doc.slice(0, from) + section + doc.slice(to + end.length);
}

/** Replaces section `name` of docs/benchmarks.md (or `file`) with `body`, leaving the rest as it is. */
export function writeDocSection(name: string, body: string, file = BENCHMARKS_DOC): void {
  mkdirSync(dirname(file), { recursive: true });
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  writeFileSync(file, withSection(doc, name, body));
}
