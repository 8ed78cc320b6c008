// Build time only: the retired milestone ids of the content folder (content/retired.yaml), for the
// files written beside the pages (_redirects, the nginx configuration, the sitemap's filter). Content
// validation has already refused a bad entry, so one that does not parse is simply not listed here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { retiredMilestone } from '../../content/schemas.ts';
import type { RetiredRecord } from '../redirects.ts';

export function retiredRecords(root = process.env.CONTENT_DIR ?? 'content'): RetiredRecord[] {
  let raw: unknown;
  try {
    raw = parse(readFileSync(join(root, 'retired.yaml'), 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    return [];
  }
  return (Array.isArray(raw) ? raw : []).flatMap((r: unknown) => {
    const parsed = retiredMilestone.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}
