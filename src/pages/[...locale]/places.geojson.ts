/** Destinations and festival venues of one locale as GeoJSON, for other maps and the portal. */
import type { APIRoute } from 'astro';
import type { Locale } from '~/config/locales.ts';
import { localeStaticPaths } from '~/utils/content.ts';
import { placesFor } from '~/utils/places.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const places = await placesFor(props.locale);
  const collection = {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      id: p.id,
      // GeoJSON positions are [longitude, latitude].
      geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
      properties: { kind: p.kind, title: p.title, venue: p.venue, areaLabel: p.areaLabel, url: p.absoluteUrl, lang: p.lang },
    })),
  };
  return new Response(JSON.stringify(collection, null, 2), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
