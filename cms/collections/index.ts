/** Every collection the CMS edits, in the order staff see them. */
import type { CollectionName } from '../../src/model/collections.ts';
import type { CollectionDefinition } from '../types.ts';
import { destinations } from './destinations.ts';
import { festivals } from './festivals.ts';
import { handbook } from './handbook.ts';
import { incentives } from './incentives.ts';
import { infographics } from './infographics.ts';
import { news } from './news.ts';
import { opportunities } from './opportunities.ts';
import { pages } from './pages.ts';
import { parks } from './parks.ts';
import { products } from './products.ts';

export const cmsCollections = {
  festivals,
  destinations,
  products,
  incentives,
  opportunities,
  parks,
  handbook,
  news,
  infographics,
  pages,
} as const satisfies Record<CollectionName, CollectionDefinition>;
