import type { CollectionName } from '../src/model/collections.ts';

/** The name of the file format each collection's entries are read and written with (see `cms/format.ts`). */
export const formatName = (name: CollectionName) => `${name}-mdx`;
