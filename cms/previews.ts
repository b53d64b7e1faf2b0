/**
 * Previews for the CMS: an entry laid out with the site's own classes and stylesheet, so staff
 * see roughly the real page while they type. Written with `createElement` because the rest of
 * the site has no JSX toolchain.
 */
import { createElement as h, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import type { CollectionName } from '../src/model/collections.ts';
import { useTranslations, type UiKey } from '../src/i18n/createTranslator.ts';
import { areas, type AreaId } from '../src/config/areas.ts';
import { areaLabel } from '../src/utils/areas.ts';

const t = useTranslations('vi');
type Fact = readonly [label: string, value: string | undefined];
type Data = Record<string, unknown>;
type Get = (path: string) => unknown;

const text = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : String(value));
const number = (value: unknown) => (typeof value === 'number' ? new Intl.NumberFormat('vi-VN').format(value) : undefined);
const day = (value: unknown) => {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : text(value);
};
// The values come from the schemas' vocabularies, whose labels the UI strings carry (i18n:status checks them).
const option = (prefix: string, value: unknown) => (text(value) ? t(`${prefix}.${String(value)}` as UiKey) : undefined);
// Communes and wards take their names from the province configuration.
const area = (value: unknown) => (areas.some((a) => a.id === value) ? areaLabel(value as AreaId, 'vi', t) : text(value));

/** The facts each collection shows next to its text, as on the site. */
const factsFor: Partial<Record<CollectionName, (get: Get) => Fact[]>> = {
  festivals: (get) => {
    const rule = ((get('dateRule') as Data[] | undefined)?.[0] ?? {}) as Data;
    const when =
      rule.calendar === 'lunar'
        ? t(rule.leapMonth ? 'festival.lunarLeapDate' : 'festival.lunarDate', { day: rule.day, month: rule.month })
        : [day(rule.start), day(rule.end)].filter(Boolean).join(' – ');
    return [
      [t('festival.when'), when || undefined],
      [t('festival.where'), [text(get('place.name')), area(get('place.area'))].filter(Boolean).join(', ') || undefined],
      [t('festival.organizer'), text(get('organizer'))],
    ];
  },
  destinations: (get) => [
    [t('common.area'), area(get('place.area'))],
    ['Giờ mở cửa', text(get('practical.openingHours'))],
    ['Giá vé', text(get('practical.tickets'))],
  ],
  products: (get) => [
    [t('product.category'), option('category', get('category'))],
    ['OCOP', text(get('stars')) && `${'★'.repeat(Number(get('stars')))} (${String(get('stars'))}/5)`],
    [t('product.producer'), text(get('producer.name'))],
  ],
  opportunities: (get) => [
    [t('opportunity.sector'), option('sector', get('sector'))],
    [t('opportunity.area'), number(get('areaHa')) && `${number(get('areaHa'))} ha`],
    [t('opportunity.capital'), number(get('capitalVnd')) && `${number(get('capitalVnd'))} ₫`],
    [t('opportunity.status'), option('status', get('status'))],
  ],
  parks: (get) => [
    [t('park.kind'), option('parkKind', get('kind'))],
    [t('park.area'), number(get('areaHa')) && `${number(get('areaHa'))} ha`],
    [t('park.occupancy'), number(get('occupancyPercent')) && `${number(get('occupancyPercent'))} %`],
  ],
  incentives: (get) => [['Văn bản', [text(get('legalReference.number')), day(get('legalReference.date'))].filter(Boolean).join(', ') || undefined]],
};

function listOf(items: unknown, heading: string): ReactNode {
  const values = Array.isArray(items) ? items.map(text).filter(Boolean) : [];
  if (!values.length) return null;
  return h(
    'section',
    null,
    h('h2', null, heading),
    h(
      'ul',
      null,
      values.map((v, i) => h('li', { key: i }, v)),
    ),
  );
}

export function previewFor(collection: CollectionName) {
  return function EntryPreview({ entry, widgetFor, getAsset }: PreviewTemplateComponentProps) {
    const get: Get = (path) => {
      const value = entry.getIn(['data', ...path.split('.')]);
      return value && typeof (value as { toJS?: () => unknown }).toJS === 'function' ? (value as { toJS: () => unknown }).toJS() : value;
    };
    const images = ((get('images') as Data[] | undefined) ?? []).filter((img) => text(img.src));
    const [hero, ...gallery] = images;
    const facts = (factsFor[collection]?.(get) ?? []).filter((f): f is readonly [string, string] => Boolean(f[1]));
    const image = (img: Data, className?: string) =>
      h('img', { src: getAsset(String(img.src)).toString(), alt: text(img.alt) ?? '', className, style: { width: '100%' } });
    return h(
      'main',
      { className: 'container', style: { padding: '1rem' } },
      h(
        'article',
        null,
        h('h1', null, text(get('title')) ?? '…'),
        h('p', { className: 'lead' }, text(get('description'))),
        get('sampleData')
          ? h('p', { className: 'notice notice--sample' }, h('span', { className: 'badge' }, t('sample.badge')), ' ', t('sample.explain'))
          : null,
        hero ? h('figure', { className: 'hero-image' }, image(hero), text(hero.credit) ? h('figcaption', null, text(hero.credit)) : null) : null,
        facts.length
          ? h(
              'dl',
              { className: 'facts' },
              facts.flatMap(([label, value]) => [h('dt', { key: `${label}-t` }, label), h('dd', { key: `${label}-d` }, value)]),
            )
          : null,
        collection === 'festivals' ? listOf(get('highlights'), t('festival.highlights')) : null,
        h('div', { className: 'prose' }, widgetFor('body')),
        collection === 'festivals' ? listOf(get('tips'), t('festival.tips')) : null,
        gallery.length
          ? h(
              'section',
              null,
              h('h2', null, t('common.gallery')),
              h(
                'ul',
                { className: 'gallery' },
                gallery.map((img, i) => h('li', { key: i }, h('figure', null, image(img)))),
              ),
            )
          : null,
      ),
    );
  };
}
