/** schema.org objects for entries (JSON-LD). */
import { inLocale, type Locale } from '../config/locales.ts';
import { site } from '../config/site.ts';
import { collections } from '../model/collections.ts';
import type { LocalizedEntry } from './content.ts';
import type { Occurrence } from './festival-calendar.ts';
import { publicationDateTime } from './news.ts';
import { isoDuration } from './video.ts';

interface Common {
  url: string;
  /** Absolute URL of the share image. */
  image?: string | undefined;
  /** The commune or ward, in this locale: the address's locality. */
  locality: string;
}

const country = 'VN';
const region = () => site.provinceName.vi;

function postalAddress(street: string | undefined, locality: string) {
  return {
    '@type': 'PostalAddress',
    ...(street ? { streetAddress: street } : {}),
    addressLocality: locality,
    addressRegion: region(),
    addressCountry: country,
  };
}

const eventStatus = {
  scheduled: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
  rescheduled: 'https://schema.org/EventRescheduled',
} as const;

export function festivalJsonLd(item: LocalizedEntry<'festivals'>, occurrence: Occurrence | undefined, common: Common) {
  const { data } = item.entry;
  return {
    '@type': collections.festivals.jsonLdType,
    name: data.title,
    description: data.description,
    inLanguage: item.sourceTag,
    url: common.url,
    ...(common.image ? { image: [common.image] } : {}),
    ...(occurrence ? { startDate: occurrence.start, endDate: occurrence.end } : {}),
    eventStatus: eventStatus[data.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: data.place.name,
      address: postalAddress(data.place.address, common.locality),
      geo: { '@type': 'GeoCoordinates', latitude: data.place.coordinates.lat, longitude: data.place.coordinates.lng },
    },
    organizer: { '@type': 'Organization', name: data.organizer },
  };
}

export function destinationJsonLd(item: LocalizedEntry<'destinations'>, common: Common) {
  const { data } = item.entry;
  return {
    '@type': collections.destinations.jsonLdType,
    name: data.title,
    description: data.description,
    inLanguage: item.sourceTag,
    url: common.url,
    ...(common.image ? { image: [common.image] } : {}),
    address: postalAddress(data.place.address, common.locality),
    geo: { '@type': 'GeoCoordinates', latitude: data.coordinates.lat, longitude: data.coordinates.lng },
    publicAccess: true,
  };
}

/**
 * schema.org Product. OCOP stars are a certification awarded by the authorities, so they are
 * an `award` and a `hasCertification`, never an aggregateRating or reviews.
 */
export function productJsonLd(item: LocalizedEntry<'products'>, common: Common & { category: string; award: string }) {
  const { data } = item.entry;
  return {
    '@type': collections.products.jsonLdType,
    name: data.title,
    description: data.description,
    inLanguage: item.sourceTag,
    url: common.url,
    ...(common.image ? { image: [common.image] } : {}),
    category: common.category,
    award: common.award,
    hasCertification: {
      '@type': 'Certification',
      name: `OCOP ${data.stars}★`,
      certificationIdentification: data.certification.decision,
      validFrom: String(data.certification.year),
      issuedBy: { '@type': 'Organization', name: data.stars === 5 ? 'Government of Viet Nam' : `People's Committee of ${region()}` },
    },
    manufacturer: {
      '@type': 'Organization',
      name: data.producer.name,
      telephone: data.producer.phone,
      ...(data.producer.email ? { email: data.producer.email } : {}),
      ...(data.producer.website ? { url: data.producer.website } : {}),
      address: postalAddress(data.producer.address, common.locality),
    },
  };
}

/** One figure of an investment site, as a schema.org PropertyValue. */
export interface SiteFigure {
  id: string;
  name: string;
  value: string | number | { currency: string; value: number };
  unitCode?: string;
  unitText?: string;
}

/**
 * schema.org has no type for a project site or an industrial park, so both are a `Place` (their
 * `jsonLdType` in the registry) whose figures (area, capital, occupancy, rent) are
 * `additionalProperty` values with UN/CEFACT units.
 */
export function investmentSiteJsonLd(
  collection: 'opportunities' | 'parks',
  site: { name: string; description: string; address: string | undefined; lat: number; lng: number; telephone: string; email?: string | undefined },
  figures: readonly SiteFigure[],
  common: Common,
) {
  return {
    '@type': collections[collection].jsonLdType,
    name: site.name,
    description: site.description,
    url: common.url,
    ...(common.image ? { image: [common.image] } : {}),
    address: postalAddress(site.address, common.locality),
    geo: { '@type': 'GeoCoordinates', latitude: site.lat, longitude: site.lng },
    telephone: site.telephone,
    ...(site.email ? { email: site.email } : {}),
    additionalProperty: figures.map((f) => ({
      '@type': 'PropertyValue',
      propertyID: f.id,
      name: f.name,
      value: typeof f.value === 'object' ? { '@type': 'MonetaryAmount', currency: f.value.currency, value: f.value.value } : f.value,
      ...(f.unitCode ? { unitCode: f.unitCode } : {}),
      ...(f.unitText ? { unitText: f.unitText } : {}),
    })),
  };
}

/** The publisher as a schema.org Organization, with its logo (required by Google for news). */
export function publisherOrganization(locale: Locale, logoUrl: string) {
  return { '@type': 'Organization', name: inLocale(site.publisher, locale), url: site.url, logo: { '@type': 'ImageObject', url: logoUrl } };
}

/**
 * schema.org NewsArticle with what Google's article rich results ask for: headline (at most 110
 * characters), images, publication and modification date-times with the time zone, author and
 * publisher. The spokesperson is the article's `accountablePerson`.
 */
export function newsArticleJsonLd(item: LocalizedEntry<'news'>, common: { url: string; images: string[]; logoUrl: string; section: string }) {
  const { data } = item.entry;
  const publisher = publisherOrganization(item.locale, common.logoUrl);
  return {
    '@type': collections.news.jsonLdType,
    headline: data.title.length > 110 ? `${data.title.slice(0, 109)}…` : data.title,
    description: data.description,
    inLanguage: item.sourceTag,
    url: common.url,
    mainEntityOfPage: common.url,
    image: common.images,
    datePublished: publicationDateTime(data.date),
    dateModified: publicationDateTime(data.updated && data.updated > data.date ? data.updated : data.date),
    articleSection: common.section,
    ...(data.tags.length ? { keywords: data.tags.join(', ') } : {}),
    author: publisher,
    publisher,
    accountablePerson: {
      '@type': 'Person',
      name: data.spokesperson.name,
      jobTitle: data.spokesperson.role,
      telephone: data.spokesperson.phone,
      email: data.spokesperson.email,
    },
  };
}

/** What VideoObject JSON-LD needs beyond the clip's own fields, all of it absolute. */
export interface VideoObjectInput {
  /** Title of the clip, in the language of the page's text. */
  name: string;
  /** What the clip shows: the entry's description, since clips have none of their own. */
  description: string;
  /** BCP 47 tag of the page's text. */
  inLanguage: string;
  /** Absolute URL of the poster. */
  thumbnailUrl: string;
  /** Day the clip was first published, `YYYY-MM-DD`. */
  uploaded: string;
  durationSeconds: number;
  /** Absolute URL of a clip file the site serves itself. */
  contentUrl?: string | undefined;
  /** The host's player, for a YouTube, Facebook or TikTok video. */
  embedUrl?: string | undefined;
  credit?: string | undefined;
}

/**
 * schema.org VideoObject with what Google's video rich results ask for: name, description,
 * thumbnail, upload date-time with the time zone (the day at 08:00 in Viet Nam, as for news),
 * ISO 8601 duration, and where the video itself is: `contentUrl` for a file, `embedUrl` for a player.
 */
export function videoObjectJsonLd(video: VideoObjectInput) {
  return {
    '@type': 'VideoObject',
    name: video.name,
    description: video.description,
    inLanguage: video.inLanguage,
    thumbnailUrl: [video.thumbnailUrl],
    uploadDate: publicationDateTime(video.uploaded),
    duration: isoDuration(video.durationSeconds),
    ...(video.contentUrl ? { contentUrl: video.contentUrl } : {}),
    ...(video.embedUrl ? { embedUrl: video.embedUrl } : {}),
    ...(video.credit ? { creditText: video.credit } : {}),
  };
}

/** What an ImageObject says about a picture besides its entry: the file, who made it and how it may be reused. */
export interface ImageObjectTerms {
  /** Address of the page the picture is shown on. */
  url: string;
  /** Absolute address of the original file. */
  contentUrl: string;
  /** Absolute address of a smaller copy (the share image). */
  thumbnailUrl?: string | undefined;
  width: number;
  height: number;
  /** Media type of the original, e.g. `image/png`. */
  encodingFormat: string;
  bytes: number;
  credit: string;
  /** Whether the credit is the publisher's default (an organisation) rather than the picture's own (a person). */
  defaultCredit: boolean;
  /** The licence's canonical address, for Creative Commons licences. */
  licenseUrl?: string | undefined;
  /** The press page, where anyone can see the terms and ask for a licence. */
  acquireLicensePage: string;
  copyrightNotice: string;
}

/**
 * schema.org ImageObject of an infographic, with the image-licence fields Google shows in image
 * search ("Licensable"): `license` (for Creative Commons), `acquireLicensePage`, `creditText`,
 * `creator` and `copyrightNotice`.
 */
export function infographicJsonLd(item: LocalizedEntry<'infographics'>, terms: ImageObjectTerms) {
  const { data } = item.entry;
  const pixels = (value: number) => ({ '@type': 'QuantitativeValue', value, unitCode: 'E37', unitText: 'px' });
  return {
    '@type': collections.infographics.jsonLdType,
    name: data.title,
    description: data.description,
    caption: data.images[0]?.alt,
    inLanguage: item.sourceTag,
    url: terms.url,
    mainEntityOfPage: terms.url,
    contentUrl: terms.contentUrl,
    ...(terms.thumbnailUrl ? { thumbnailUrl: terms.thumbnailUrl } : {}),
    encodingFormat: terms.encodingFormat,
    contentSize: `${terms.bytes} B`,
    width: pixels(terms.width),
    height: pixels(terms.height),
    datePublished: data.date,
    creator: { '@type': terms.defaultCredit ? 'Organization' : 'Person', name: terms.credit },
    creditText: terms.credit,
    copyrightNotice: terms.copyrightNotice,
    ...(terms.licenseUrl ? { license: terms.licenseUrl } : {}),
    acquireLicensePage: terms.acquireLicensePage,
    publisher: { '@type': 'Organization', name: inLocale(site.publisher, item.locale), url: site.url },
  };
}
