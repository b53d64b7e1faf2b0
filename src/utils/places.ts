/** Entries with coordinates (destinations, festival venues, projects, industrial parks) as map places, in one locale. */
import type { Locale } from '../config/locales.ts';
import { useTranslations } from '../i18n/createTranslator.ts';
import type { AreaId } from '../model/schemas/index.ts';
import { areaLabel } from './areas.ts';
import { entryPath, localizedEntries, type LocalizedEntry } from './content.ts';
import { mapLink } from './maps.ts';
import { pageAbsoluteUrl, pageUrl } from './paths.ts';
import type { UiKey } from '../i18n/createTranslator.ts';

const collectionOf = {
  destination: 'destinations',
  festival: 'festivals',
  opportunity: 'opportunities',
  park: 'parks',
} as const;
export type PlaceKind = keyof typeof collectionOf;

/** i18n key naming each kind of place in map legends and lists. */
export const placeKindLabelKey: Record<PlaceKind, UiKey> = {
  destination: 'destinations.title',
  festival: 'nav.festivals',
  opportunity: 'opportunities.title',
  park: 'parks.title',
};

export interface Place {
  /** `<collection>/<slug>`, unique across the site. */
  id: string;
  kind: PlaceKind;
  /** Title of the entry (in `lang`). */
  title: string;
  /** Name of the venue or site (in `lang`). */
  venue: string;
  /** The commune or ward, in the reader's language. */
  areaLabel: string;
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

function toPlace<K extends PlaceKind>(
  locale: Locale,
  kind: K,
  item: LocalizedEntry<(typeof collectionOf)[K]>,
  at: { name: string; area: AreaId },
  coordinates: { lat: number; lng: number },
): Place {
  const collection = collectionOf[kind];
  const path = entryPath(collection, item.slug);
  return {
    id: `${collection}/${item.slug}`,
    kind,
    title: item.entry.data.title,
    venue: at.name,
    areaLabel: areaLabel(at.area, locale, useTranslations(locale)),
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

/** Projects calling for investment and industrial parks, for the investment maps. */
export async function investmentPlaces(locale: Locale, kinds: ReadonlyArray<'opportunity' | 'park'> = ['opportunity', 'park']): Promise<Place[]> {
  const opportunities = kinds.includes('opportunity')
    ? (await localizedEntries('opportunities', locale)).map((item) =>
        toPlace(locale, 'opportunity', item, item.entry.data.location, item.entry.data.location.coordinates),
      )
    : [];
  const parks = kinds.includes('park')
    ? (await localizedEntries('parks', locale)).map((item) => toPlace(locale, 'park', item, item.entry.data.location, item.entry.data.location.coordinates))
    : [];
  return [...opportunities, ...parks];
}
