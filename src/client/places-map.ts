/**
 * The interactive map, loaded only when its frame scrolls into view: Leaflet arrives in a
 * separate chunk through the dynamic import below, and its stylesheet is added only then, so
 * pages without a visible map never download either.
 */
// By URL, not `import('leaflet/dist/leaflet.css')`: Astro puts a stylesheet that a page's script
// imports dynamically into that page's <head> anyway (withastro/astro#9495), where it would block
// the first paint of every page with a map.
import leafletStylesheet from 'leaflet/dist/leaflet.css?url';
import type { Place } from '../utils/places.ts';

/** What the map needs of each place; the page serialises these into `data-map`. */
/** The same colours as the `.kind--*` legend dots in global.css. */
const markerColors: Record<MapPlace['kind'], string> = {
  festival: '#b0124f',
  destination: '#1d6b3a',
  opportunity: '#8a4b00',
  park: '#1f4e8c',
};

type MapPlace = Pick<Place, 'title' | 'venue' | 'areaLabel' | 'lat' | 'lng' | 'url' | 'lang' | 'kind'>;

export interface MapConfig {
  tileUrl: string;
  attribution: string;
  center: [number, number];
  zoom: number;
  detailsLabel: string;
  places: MapPlace[];
}

const stylesheets = new Map<string, Promise<void>>();

/** Adds a stylesheet once, however many maps the page has, and waits until it applies. */
function addStylesheet(href: string): Promise<void> {
  let loaded = stylesheets.get(href);
  if (!loaded) {
    loaded = new Promise((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = () => resolve();
      link.onerror = () => {
        stylesheets.delete(href);
        link.remove();
        reject(new Error(`Could not load ${href}`));
      };
      document.head.append(link);
    });
    stylesheets.set(href, loaded);
  }
  return loaded;
}

export async function mountMap(frame: HTMLElement): Promise<void> {
  const config = JSON.parse(frame.dataset.map ?? '{}') as MapConfig;
  const [{ default: L }] = await Promise.all([import('leaflet'), addStylesheet(leafletStylesheet)]);
  const map = L.map(frame, { scrollWheelZoom: false }).setView(config.center, config.zoom);
  L.tileLayer(config.tileUrl, { attribution: config.attribution, maxZoom: 18 }).addTo(map);
  const bounds: Array<[number, number]> = [];
  for (const place of config.places) {
    const popup = document.createElement('div');
    popup.lang = place.lang;
    const title = document.createElement('strong');
    title.textContent = place.title;
    const venue = document.createElement('p');
    venue.textContent = `${place.venue} · ${place.areaLabel}`;
    const link = document.createElement('a');
    link.href = place.url;
    link.textContent = config.detailsLabel;
    link.lang = document.documentElement.lang;
    popup.append(title, venue, link);
    L.circleMarker([place.lat, place.lng], {
      radius: 9,
      color: '#ffffff',
      weight: 2,
      fillColor: markerColors[place.kind],
      fillOpacity: 1,
    })
      .bindPopup(popup)
      .bindTooltip(place.title)
      .addTo(map);
    bounds.push([place.lat, place.lng]);
  }
  if (bounds.length > 1) map.fitBounds(bounds, { padding: [32, 32], maxZoom: 13 });
  else if (bounds.length === 1) map.setView(bounds[0]!, 13);
  frame.dataset.mapReady = 'true';
}
