/** Destinations and festival venues as map places, in one locale. */
import type { Locale } from '../config/locales.ts';
import { useTranslations } from '../i18n/createTranslator.ts';
import { entryPath, localizedEntries } from './content.ts';
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

export async function placesFor(locale: Locale): Promise<Place[]> {
  const t = useTranslations(locale);
  const destinations = (await localizedEntries('destinations', locale)).map((item): Place => {
    const { coordinates, place } = item.entry.data;
    const path = entryPath('destinations', item.slug);
    return {
      id: `destinations/${item.slug}`,
      kind: 'destination',
      title: item.entry.data.title,
      venue: place.name,
      district: t(`district.${place.district}`),
      lat: coordinates.lat,
      lng: coordinates.lng,
      url: pageUrl(locale, path),
      absoluteUrl: pageAbsoluteUrl(locale, path),
      externalMap: mapLink(coordinates),
      lang: item.sourceTag,
      isFallback: item.isFallback,
    };
  });
  const festivals = (await localizedEntries('festivals', locale)).map((item): Place => {
    const { place } = item.entry.data;
    const path = entryPath('festivals', item.slug);
    return {
      id: `festivals/${item.slug}`,
      kind: 'festival',
      title: item.entry.data.title,
      venue: place.name,
      district: t(`district.${place.district}`),
      lat: place.coordinates.lat,
      lng: place.coordinates.lng,
      url: pageUrl(locale, path),
      absoluteUrl: pageAbsoluteUrl(locale, path),
      externalMap: mapLink(place.coordinates),
      lang: item.sourceTag,
      isFallback: item.isFallback,
    };
  });
  return [...destinations, ...festivals];
}
