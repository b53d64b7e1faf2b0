import type { z } from 'astro/zod';
import { defineCollection, type SchemaContext } from 'astro:content';
import { collectionNames, collections as registry, type CollectionName } from './model/collections.ts';
import { contentLoader } from './model/loader.ts';

/** The zod schema the registry declares for collection `N`. */
type SchemaOf<N extends CollectionName> = Extract<ReturnType<(typeof registry)[N]['schema']>, z.core.$ZodType>;

/** One Astro collection per entry of the registry, each read and checked by `model/loader.ts`. */
function astroCollection<N extends CollectionName>(name: N) {
  return defineCollection<SchemaOf<N>>({ loader: contentLoader(name), schema: registry[name].schema as (context: SchemaContext) => SchemaOf<N> });
}

export const collections = Object.fromEntries(collectionNames.map((name) => [name, astroCollection(name)])) as {
  [N in CollectionName]: ReturnType<typeof astroCollection<N>>;
};
