/** Formatting of industrial-park figures, shared by the park pages, the comparison table and the handbook. */
import type { Translate } from '../i18n/createTranslator.ts';
import type { Locale } from '../config/locales.ts';
import type { ParkData } from '../model/schemas/index.ts';
import { formatCurrency, formatPercent, formatUsdApprox } from '../i18n/format.ts';
import { usdEquivalent } from './money.ts';
import { logisticsHubIds, type LogisticsHubId } from '../config/province.ts';
import { hubDistanceLabel } from './areas.ts';

/** "1,500,000 ₫ per m² for the lease term (≈ $57)", or "On request" when the rent is not published. */
export function landRentText(locale: Locale, t: Translate, rent: ParkData['landRent']): string {
  if (!rent) return t('park.rentUnknown');
  const amount = formatCurrency(locale, rent.amountVnd, 'VND');
  const usd = t('opportunity.usdApprox', { amount: formatUsdApprox(locale, usdEquivalent(rent.amountVnd)) });
  return `${t(rent.per === 'year' ? 'park.rentPerYear' : 'park.rentPerTerm', { amount })} (${usd})`;
}

export function occupancyText(locale: Locale, t: Translate, percent: number): string {
  return t('park.occupancyValue', { value: formatPercent(locale, percent) });
}

/** A park's road distance to each logistics hub, in the order src/config/province.ts declares the hubs. */
export function hubDistances(locale: Locale, logistics: ParkData['logistics']): Array<{ hub: LogisticsHubId; label: string; km: number; propertyId: string }> {
  return logisticsHubIds.map((hub) => ({
    hub,
    label: hubDistanceLabel(hub, locale),
    km: logistics.distances.find((d) => d.to === hub)!.km,
    // schema.org PropertyValue id: `distance` + the hub in PascalCase (distanceHoChiMinhCity).
    propertyId: `distance${hub.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase())}`,
  }));
}
