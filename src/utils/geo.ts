/** Distances between places, for "nearby" lists. */
export interface LatLng {
  lat: number;
  lng: number;
}

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The `count` items nearest to `from` within `maxKm`, nearest first, with their distance. Callers leave out the origin itself. */
export function nearest<T>(from: LatLng, items: readonly T[], where: (item: T) => LatLng, count = 3, maxKm = 60): Array<{ item: T; km: number }> {
  return items
    .map((item) => ({ item, km: distanceKm(from, where(item)) }))
    .filter((x) => x.km <= maxKm)
    .sort((a, b) => a.km - b.km)
    .slice(0, count);
}
