import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { withSharedFields } from './content/shared-fields.ts';
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

const contentRoot = fileURLToPath(new URL('../content/', import.meta.url));

/**
 * Entries live at `content/<collection>/<locale>/<slug>.mdx`. Ids are `<locale>/<slug>`, exactly
 * the path without extension, so they never depend on Astro's slugger and the pre-build
 * validator reasons about the same ids. A translation's shared values (dates, coordinates,
 * image files…) come from the Vietnamese file when the translation leaves them out.
 */
function contentLoader(name: CollectionName): Loader {
  const loader = glob({
    pattern: '*/*.{md,mdx}',
    base: `./content/${name}`,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: <TData extends Record<string, unknown>>(props: Parameters<typeof context.parseData<TData>>[0]) => {
          const [locale = '', slug = ''] = props.id.split('/');
          const data = withSharedFields(contentRoot, name, locale, slug, props.data) as TData;
          return context.parseData<TData>({ ...props, data });
        },
      }),
  };
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
