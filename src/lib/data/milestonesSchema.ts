// The JSON Schema (draft 2020-12) of /data/milestones.json, published at /data/milestones.schema.json.
// It describes the stable shape built by openData.ts; a unit test checks the real data against it.
import type { JsonSchema } from './jsonSchema.ts';
import { DATE, SLUG } from '../content/schemas.ts';

const slug = { type: 'string', pattern: SLUG.source } satisfies JsonSchema;
const text = (description: string, maxLength?: number): JsonSchema => ({
  type: 'object',
  description,
  required: ['zh', 'en'],
  additionalProperties: false,
  properties: {
    zh: { type: 'string', minLength: 1, ...(maxLength ? { maxLength } : {}), description: 'Chinese (simplified)' },
    en: { type: 'string', minLength: 1, description: 'English' },
  },
});

export function milestonesJsonSchema(id?: string): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...(id ? { $id: id } : {}),
    title: 'Milestones of Beijing social-construction reform since 1978',
    description:
      'Every dated event on the site, oldest first. Ids are stable ASCII slugs; dates are only as precise as the source (YYYY, YYYY-MM or YYYY-MM-DD). Every record names the source document and section it comes from.',
    type: 'array',
    items: { $ref: '#/$defs/milestone' },
    $defs: {
      milestone: {
        type: 'object',
        required: ['id', 'district', 'era', 'date', 'title', 'summary', 'themes', 'places', 'source', 'url'],
        additionalProperties: false,
        properties: {
          id: { ...slug, description: 'Stable id, "<district>-<year>-<slug>"; never reused or renamed.' },
          district: { ...slug, description: 'District id: dongcheng, xicheng, haidian or beijing (the municipality).' },
          era: {
            ...slug,
            description: 'Id of the district era the date falls in, "<district>-<start year>"; see eras.json.',
          },
          date: {
            type: 'string',
            pattern: DATE.source,
            description: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source.',
          },
          title: text('Title; at most 40 characters in Chinese.', 40),
          summary: text("Two or three sentences in the site's own words."),
          themes: { type: 'array', minItems: 1, uniqueItems: true, items: slug, description: 'Theme ids.' },
          places: { type: 'array', uniqueItems: true, items: slug, description: 'Place ids; see places.geojson.' },
          source: {
            type: 'object',
            description: 'The document and section the event comes from (see /sources/).',
            required: ['document', 'section'],
            additionalProperties: false,
            properties: {
              document: slug,
              section: { type: 'string', pattern: '^\\d+(?:\\.\\d+)*$' },
            },
          },
          url: {
            type: 'object',
            description: "The milestone's page in each language, as a path on the site.",
            required: ['zh', 'en'],
            additionalProperties: false,
            properties: {
              zh: { type: 'string', pattern: '^/(?:[^?#]*/)?milestones/[a-z][a-z0-9-]*/$' },
              en: { type: 'string', pattern: '^/(?:[^?#]*/)?en/milestones/[a-z][a-z0-9-]*/$' },
            },
          },
        },
      },
    },
  };
}
