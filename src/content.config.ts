import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as definitions, type CollectionName } from './content/schemas.ts';

function contentCollection<N extends CollectionName>(name: N) {
  return defineCollection({
    // Entry ids are `<locale>/<slug>`, exactly the path without extension, so ids never
    // depend on Astro's slugger and the validator can reason about the same ids.
    loader: glob({
      pattern: '*/*.{md,mdx}',
      base: `./content/${name}`,
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    }),
    schema: definitions[name].schema,
  });
}

export const collections = {
  festivals: contentCollection('festivals'),
  destinations: contentCollection('destinations'),
  products: contentCollection('products'),
  incentives: contentCollection('incentives'),
  opportunities: contentCollection('opportunities'),
  handbook: contentCollection('handbook'),
  pages: contentCollection('pages'),
};
