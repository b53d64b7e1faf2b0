/**
 * Gives a translation the values it shares with the Vietnamese original (see `field-policy.ts`).
 * Astro's loader (`src/content.config.ts`) and the pre-build validator both call this, so a
 * translation the CMS saved with text only is checked and built exactly alike.
 */
import { readFileSync } from 'node:fs';
import { defaultLocale } from '../config/locales.ts';
import { collectionSharedPlan, fillShared } from './field-policy.ts';
import { entryFileOf, isRealPathInside } from './content-paths.ts';
import { readContentBytes } from './frontmatter.ts';
import type { CollectionName } from './collections.ts';

/** The default-locale file's frontmatter for `slug`, or undefined when there is none or it does not parse. */
function defaultLocaleData(contentRoot: string, collection: CollectionName, slug: string): unknown {
  const file = entryFileOf(contentRoot, collection, defaultLocale, slug);
  // The original's own problems (a link leading out of content/ among them) are reported against it.
  if (!file || !isRealPathInside(file, contentRoot)) return undefined;
  try {
    return readContentBytes(readFileSync(file)).data;
  } catch {
    return undefined;
  }
}

export function withSharedFields(
  contentRoot: string,
  collection: CollectionName,
  locale: string,
  slug: string,
  data: Record<string, unknown>,
): Record<string, unknown> {
  if (locale === defaultLocale) return data;
  const source = defaultLocaleData(contentRoot, collection, slug);
  if (!source) return data;
  return fillShared(data, source, collectionSharedPlan(collection)) as Record<string, unknown>;
}
