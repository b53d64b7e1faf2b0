/**
 * Names of places from the province configuration, in the reader's language: communes and wards
 * (`src/config/areas.ts`), the districts older documents still use, and the logistics hubs.
 */
import { areas, formerDistricts, type AreaId, type AreaNames } from '../config/areas.ts';
import { inLocale, type Locale } from '../config/locales.ts';
import { logisticsHubs, type LogisticsHubId } from '../config/province.ts';
import type { Translate } from '../i18n/createTranslator.ts';

const byId = new Map<string, (typeof areas)[number]>(areas.map((area) => [area.id, area]));

/** The area declared with `id`; ids in content are checked by the schema, so a miss is a bug. */
function areaOf(id: AreaId) {
  const area = byId.get(id);
  if (!area) throw new Error(`Unknown area "${id}" (src/config/areas.ts)`);
  return area;
}

/** A name in `locale`, or the Vietnamese official name where the configuration has none. */
export function localName(names: AreaNames, locale: Locale): string {
  return names[locale] ?? names.vi;
}

/** The area with its unit, as a reader writes it: "xã Tràm Chim", "Tram Chim Commune", "チャムチム社". */
export function areaLabel(id: AreaId, locale: Locale, t: Translate): string {
  const area = areaOf(id);
  return t(`area.${area.kind}`, { name: localName(area.names, locale) });
}

/** The district the area belonged to until June 2025, for readers who still know places by it. */
export function formerDistrictName(id: AreaId, locale: Locale): string {
  return localName(formerDistricts[areaOf(id).formerDistrict].names, locale);
}

/** The area, then the district it used to belong to: "xã Tràm Chim (trước 7/2025: Huyện Tam Nông)". */
export function areaWithFormerDistrict(id: AreaId, locale: Locale, t: Translate): string {
  return t('area.withFormerDistrict', { area: areaLabel(id, locale, t), district: formerDistrictName(id, locale) });
}

/** The label of a distance to a logistics hub ("Distance to Can Tho"). */
export function hubDistanceLabel(id: LogisticsHubId, locale: Locale): string {
  return inLocale(logisticsHubs[id].distanceLabel, locale);
}
