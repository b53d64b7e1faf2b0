/** Destinations and festival venues as map places, in one locale. */
import type { Locale } from '../config/locales.ts';
import { useTranslations } from '../i18n/createTranslator.ts';
import type { District } from '../content/schemas.ts';
import { entryPath, localizedEntries, type LocalizedEntry } from './content.ts';
import { mapLink } from './maps.ts';
import { pageAbsoluteUrl, pageUrl } from './paths.ts';

export interface Place {
  /** `<collection>/<slug>`, unique across the site. */
  id: string;
  kind: 'destination' | 'festival';
  /** Title of the entry (in `lang`). */
  title: string;
  /** Name of the venue or site (in `lang`). */
  venue: string;
  /** District label in the reader's language. */
  district: string;
  lat: number;
  lng: number;
  /** Link to the entry's page, base path included. */
  url: string;
  /** Absolute URL of the page, for exports. */
  absoluteUrl: string;
  /** External map link, for readers without JavaScript. */
  externalMap: string;
  /** BCP 47 tag of the text, which differs from the page's on fallback entries. */
  lang: string;
  isFallback: boolean;
}

function toPlace(
  locale: Locale,
  kind: Place['kind'],
  item: LocalizedEntry<'destinations'> | LocalizedEntry<'festivals'>,
  at: { name: string; district: District },
  coordinates: { lat: number; lng: number },
): Place {
  const collection = kind === 'destination' ? 'destinations' : 'festivals';
  const path = entryPath(collection, item.slug);
  return {
    id: `${collection}/${item.slug}`,
    kind,
    title: item.entry.data.title,
    venue: at.name,
    district: useTranslations(locale)(`district.${at.district}`),
    lat: coordinates.lat,
    lng: coordinates.lng,
    url: pageUrl(locale, path),
    absoluteUrl: pageAbsoluteUrl(locale, path),
    externalMap: mapLink(coordinates),
    lang: item.sourceTag,
    isFallback: item.isFallback,
  };
}

export async function placesFor(locale: Locale): Promise<Place[]> {
  const destinations = (await localizedEntries('destinations', locale)).map((item) =>
    toPlace(locale, 'destination', item, item.entry.data.place, item.entry.data.coordinates),
  );
  const festivals = (await localizedEntries('festivals', locale)).map((item) =>
    toPlace(locale, 'festival', item, item.entry.data.place, item.entry.data.place.coordinates),
  );
  return [...destinations, ...festivals];
}
