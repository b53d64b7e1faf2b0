/**
 * Investment data shared by the opportunities table, its CSV and JSON downloads, the map and the
 * handbook, so every place shows the same figures from one conversion.
 */
import { inLocale } from '../config/locales.ts';
import { areaLabel } from './areas.ts';
import type { Locale } from '../config/locales.ts';
import { site } from '../config/site.ts';
import { useTranslations } from '../i18n/createTranslator.ts';
import { entryPath, sortedEntries } from './content.ts';
import { usdEquivalent } from './money.ts';
import { pageAbsoluteUrl, pageUrl } from './paths.ts';
import type { AreaId } from '../model/schemas/index.ts';

export interface OpportunityRow {
  slug: string;
  title: string;
  /** BCP 47 tag of the title and text (differs from the page's on fallback entries). */
  lang: string;
  url: string;
  absoluteUrl: string;
  sector: string;
  sectorLabel: string;
  /** Commune or ward id (src/config/areas.ts). */
  area: AreaId;
  /** The commune or ward, in this locale. */
  areaLabel: string;
  location: string;
  lat: number;
  lng: number;
  areaHa: number;
  capitalVnd: number;
  capitalUsd: number;
  form: string;
  formLabel: string;
  status: string;
  statusLabel: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  sampleData: boolean;
}

export async function opportunityRows(locale: Locale): Promise<OpportunityRow[]> {
  const t = useTranslations(locale);
  const items = await sortedEntries('opportunities', locale);
  return items.map((item) => {
    const d = item.entry.data;
    const path = entryPath('opportunities', item.slug);
    return {
      slug: item.slug,
      title: d.title,
      lang: item.sourceTag,
      url: pageUrl(locale, path),
      absoluteUrl: pageAbsoluteUrl(locale, path),
      sector: d.sector,
      sectorLabel: t(`sector.${d.sector}`),
      area: d.location.area,
      areaLabel: areaLabel(d.location.area, locale, t),
      location: d.location.name,
      lat: d.location.coordinates.lat,
      lng: d.location.coordinates.lng,
      areaHa: d.areaHa,
      capitalVnd: d.capitalVnd,
      capitalUsd: usdEquivalent(d.capitalVnd),
      form: d.form,
      formLabel: t(`form.${d.form}`),
      status: d.status,
      statusLabel: t(`status.${d.status}`),
      contactName: d.contact.name,
      contactPhone: d.contact.phone,
      contactEmail: d.contact.email ?? '',
      sampleData: d.sampleData,
    };
  });
}

/** The CSV download: localized headers and labels, raw numbers so spreadsheets can sum and sort them. */
export function opportunitiesTable(locale: Locale, rows: readonly OpportunityRow[]): (string | number)[][] {
  const t = useTranslations(locale);
  const header = [
    t('opportunity.name'),
    t('opportunity.sector'),
    t('common.area'),
    t('common.location'),
    t('opportunity.areaHa'),
    t('opportunity.capitalVnd'),
    t('opportunity.capitalUsd', { rate: site.exchangeRate.vndPerUsd, date: site.exchangeRate.date }),
    t('opportunity.form'),
    t('opportunity.status'),
    t('opportunity.contact'),
    t('footer.phone'),
    t('footer.email'),
    t('common.latitude'),
    t('common.longitude'),
    t('download.sampleColumn'),
    t('download.pageColumn'),
  ];
  return [
    header,
    ...rows.map((r) => [
      r.title,
      r.sectorLabel,
      r.areaLabel,
      r.location,
      r.areaHa,
      r.capitalVnd,
      r.capitalUsd,
      r.formLabel,
      r.statusLabel,
      r.contactName,
      r.contactPhone,
      r.contactEmail,
      r.lat,
      r.lng,
      r.sampleData ? t('download.yes') : t('download.no'),
      r.absoluteUrl,
    ]),
  ];
}

/** The JSON download: stable keys, codes next to their localized labels, and the rate used. */
export function opportunitiesJson(locale: Locale, rows: readonly OpportunityRow[]) {
  return {
    locale,
    province: inLocale(site.provinceName, locale),
    exchangeRate: { vndPerUsd: site.exchangeRate.vndPerUsd, date: site.exchangeRate.date, source: inLocale(site.exchangeRate.source, locale) },
    projects: rows.map(({ url: _url, ...row }) => row),
  };
}
