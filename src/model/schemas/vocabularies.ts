/**
 * The closed lists that schema fields choose from. Each value has a UI string `<vocabulary>.<value>`
 * in every locale (see `src/i18n/locales/`), which the registry test checks. The lists that differ
 * from one province to another (areas, sectors) live in `src/config/`.
 */
import { areas, type AreaId } from '../../config/areas.ts';

/** OCOP product categories, as named by the national OCOP programme. */
export const ocopCategories = ['food', 'beverages', 'herbal', 'textiles', 'souvenirs', 'tourism-services'] as const;
export type OcopCategory = (typeof ocopCategories)[number];

/** Kinds of support an incentive can give. */
export const supportTypes = ['land', 'tax', 'infrastructure', 'training', 'procedures', 'finance'] as const;
export type SupportType = (typeof supportTypes)[number];

/** The province's communes and wards (src/config/areas.ts); labels come from there, not from UI strings. */
export const areaIds = areas.map((area) => area.id) as [AreaId, ...AreaId[]];
export type { AreaId };

/** Economic sectors the province courts (src/config/province.ts). */
export { investmentSectors, type InvestmentSector } from '../../config/province.ts';

/** Industrial parks (KCN) and the smaller locally run industrial clusters (CCN). */
export const parkKinds = ['industrial-park', 'industrial-cluster'] as const;
/** Whether a park is operating, being extended or only planned. */
export const parkStatuses = ['operating', 'expanding', 'planned'] as const;
/** Data from other collections that a handbook chapter shows after its text. */
export const handbookIncludes = ['incentives', 'opportunities', 'parks', 'contacts'] as const;
/** Kinds of OCOP producer. */
export const producerTypes = ['cooperative', 'company', 'household'] as const;
/** Forms of investment a project seeks. */
export const investmentForms = ['ppp', 'fdi', 'joint-venture', 'domestic', 'any'] as const;
/** Where an investment project stands. */
export const projectStatuses = ['calling', 'preparing', 'negotiating', 'awarded'] as const;
/** Whether an event goes ahead as planned (schema.org eventStatus). */
export const eventStatuses = ['scheduled', 'postponed', 'cancelled', 'rescheduled'] as const;
/** Kinds of outlet where a product can be bought. */
export const outletKinds = ['producer', 'shop', 'market', 'online'] as const;
/** Kinds of news item: a press release, an announcement, a report on an event, or a correction of an earlier item. */
export const newsCategories = ['press-release', 'announcement', 'event-report', 'correction'] as const;
export type NewsCategory = (typeof newsCategories)[number];
/**
 * Terms under which the press may reuse a picture or clip: a Creative Commons licence, public
 * domain, editorial use only (news reports about the province), or not at all without asking.
 */
export const licences = ['cc-by-4.0', 'cc-by-sa-4.0', 'cc0-1.0', 'editorial', 'all-rights-reserved'] as const;
export type Licence = (typeof licences)[number];
/** Sites whose video players the site may show, after a click (see `src/utils/video.ts`). */
export const videoHosts = ['youtube', 'facebook', 'tiktok'] as const;
export type VideoHost = (typeof videoHosts)[number];
