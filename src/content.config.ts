import { defineCollection } from 'astro:content';
import { contentLoader } from './model/loader.ts';
import {
  destinationSchema,
  festivalSchema,
  handbookSchema,
  incentiveSchema,
  opportunitySchema,
  pageSchema,
  parkSchema,
  productSchema,
} from './model/schemas.ts';

/** Every collection is read and checked by `model/loader.ts`; see there for the rules. */
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
