/**
 * The closed lists that schema fields choose from. Each value has a UI string `<vocabulary>.<value>`
 * in every locale (see `src/i18n/locales/`), which the registry test checks.
 */

/** OCOP product categories, as named by the national OCOP programme. */
export const ocopCategories = ['food', 'beverages', 'herbal', 'textiles', 'souvenirs', 'tourism-services'] as const;
export type OcopCategory = (typeof ocopCategories)[number];

/** Kinds of support an incentive can give. */
export const supportTypes = ['land', 'tax', 'infrastructure', 'training', 'procedures', 'finance'] as const;
export type SupportType = (typeof supportTypes)[number];

/** Districts and cities of the demo province; another province edits this list. */
export const districts = [
  'cao-lanh-city',
  'sa-dec-city',
  'hong-ngu-city',
  'cao-lanh',
  'thap-muoi',
  'tam-nong',
  'thanh-binh',
  'tan-hong',
  'hong-ngu',
  'lap-vo',
  'lai-vung',
  'chau-thanh',
] as const;
export type District = (typeof districts)[number];

/** Economic sectors, shared by incentives, opportunities and industrial parks so they filter alike. */
export const investmentSectors = [
  'agriculture',
  'food-processing',
  'manufacturing',
  'industrial-infrastructure',
  'logistics',
  'tourism',
  'energy',
  'innovation',
] as const;
export type InvestmentSector = (typeof investmentSectors)[number];

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
