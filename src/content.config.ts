import { defineCollection } from 'astro:content';
import * as schema from './lib/content/schemas.ts';
import { contentLoader } from './loaders/contentLoader.ts';

// The schemas give the collections their types; the loader has already checked every record with them.
export const collections = {
  districts: defineCollection({ loader: contentLoader('districts'), schema: schema.district }),
  themes: defineCollection({ loader: contentLoader('themes'), schema: schema.theme }),
  sources: defineCollection({ loader: contentLoader('sources'), schema: schema.source }),
  milestones: defineCollection({ loader: contentLoader('milestones'), schema: schema.milestone }),
  places: defineCollection({ loader: contentLoader('places'), schema: schema.place }),
  indicators: defineCollection({ loader: contentLoader('indicators'), schema: schema.indicator }),
  plans: defineCollection({ loader: contentLoader('plans'), schema: schema.plan }),
  glossary: defineCollection({ loader: contentLoader('glossary'), schema: schema.glossaryTerm }),
  retired: defineCollection({ loader: contentLoader('retired'), schema: schema.retiredMilestone }),
  eras: defineCollection({ loader: contentLoader('eras'), schema: schema.era }),
  overviews: defineCollection({ loader: contentLoader('overviews'), schema: schema.overview }),
  annotations: defineCollection({ loader: contentLoader('annotations'), schema: schema.annotation }),
  mapFeatures: defineCollection({ loader: contentLoader('mapFeatures'), schema: schema.mapFeature }),
};
