/** Links to an external map, so a place can be found without loading any map script. */
export function mapLink({ lat, lng }: { lat: number; lng: number }, zoom = 15): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=${zoom}/${lat}/${lng}`;
}
