import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  destinationSchema,
  festivalSchema,
  handbookSchema,
  incentiveSchema,
  opportunitySchema,
  pageSchema,
  parkSchema,
  productSchema,
  type CollectionName,
} from './content/schemas.ts';

/**
 * Entries live at `content/<collection>/<locale>/<slug>.mdx`. Ids are `<locale>/<slug>`, exactly
 * the path without extension, so they never depend on Astro's slugger and the pre-build
 * validator reasons about the same ids.
 */
function contentLoader(name: CollectionName) {
  return glob({
    pattern: '*/*.{md,mdx}',
    base: `./content/${name}`,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
}

export const collections = {
  festivals: defineCollection({ loader: contentLoader('festivals'), schema: festivalSchema }),
  destinations: defineCollection({ loader: contentLoader('destinations'), schema: destinationSchema }),
  products: defineCollection({ loader: contentLoader('products'), schema: productSchema }),
  incentives: defineCollection({ loader: contentLoader('incentives'), schema: incentiveSchema }),
  opportunities: defineCollection({ loader: contentLoader('opportunities'), schema: opportunitySchema }),
  parks: defineCollection({ loader: contentLoader('parks'), schema: parkSchema }),
  handbook: defineCollection({ loader: contentLoader('handbook'), schema: handbookSchema }),
  pages: defineCollection({ loader: contentLoader('pages'), schema: pageSchema }),
};
