/**
 * Previews for the CMS: an entry laid out with the site's own classes and stylesheet, so staff
 * see roughly the real page while they type. Written with `createElement` because the rest of
 * the site has no JSX toolchain. Videos show their poster and title only: the preview never
 * loads a clip or a YouTube, Facebook or TikTok player.
 */
import { createElement as h, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { collections, type CollectionName } from '../src/model/collections.ts';
import { referenceFields } from '../src/model/references.ts';
import { useTranslations, type UiKey } from '../src/i18n/createTranslator.ts';
import { formatDate } from '../src/i18n/format.ts';
import { areas, type AreaId } from '../src/config/areas.ts';
import { areaLabel } from '../src/utils/areas.ts';
import { isClipFile, parseVideoAddress } from '../src/utils/video.ts';

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
/** A day as the site writes it ("12 tháng 3, 2026"). */
const longDay = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate('vi', value) : text(value));
const list = (value: unknown): Data[] => (Array.isArray(value) ? value.filter((v): v is Data => !!v && typeof v === 'object') : []);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(text).filter((v): v is string => v !== undefined) : []);
const languageName = new Intl.DisplayNames(['vi'], { type: 'language' });
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

/** Title and data of an entry another field names, as the relation widget reported them (`fieldsMetaData`), if it did. */
type Lookup = (field: string, collection: CollectionName, slug: string) => Data | undefined;

/** The credit and licence under a picture, as on the site. */
function creditLine(item: Data): string | undefined {
  return [text(item.credit), text(item.licence) && option('licence', item.licence)].filter(Boolean).join(' · ') || undefined;
}

/** A news item's dateline, and its correction notice: the item it corrects, or a reminder to pick one. */
function newsHeader(get: Get, lookup: Lookup): ReactNode[] {
  const category = text(get('category'));
  const corrects = text(get('corrects'));
  const corrected = corrects ? lookup('corrects', 'news', corrects) : undefined;
  return [
    h(
      'p',
      { key: 'dateline', className: 'news-dateline' },
      [longDay(get('date')) && t('news.published', { date: longDay(get('date')) }), category && option('newsCategory', category)].filter(Boolean).join(' · '),
    ),
    corrects
      ? h(
          'aside',
          { key: 'corrects', className: 'notice notice--correction', 'data-corrects': '' },
          h('strong', null, t('news.corrects')),
          text(corrected?.title) ?? corrects,
          corrected && text(corrected.date) ? ` (${longDay(corrected.date)})` : null,
        )
      : category === 'correction'
        ? h('aside', { key: 'corrects', className: 'notice notice--correction', 'data-corrects': '' }, h('strong', null, t('news.corrects')), '…')
        : null,
  ];
}

/** A news item's tags, press contact and related entries, as in the page's side column. */
function newsDetails(get: Get, lookup: Lookup): ReactNode[] {
  const tags = strings(get('tags'));
  const person = (get('spokesperson') ?? {}) as Data;
  const related = Object.entries(referenceFields.news ?? {})
    .filter(([field]) => field.startsWith('related.'))
    .flatMap(([field, collection]) => strings(get(field)).map((slug) => ({ slug, collection, title: text(lookup(field, collection, slug)?.title) ?? slug })));
  const contact = [text(person.name), text(person.role), text(person.phone), text(person.email)];
  return [
    tags.length
      ? h(
          'p',
          { key: 'tags', className: 'news-tags' },
          h('span', null, `${t('news.tags')}:`),
          ...tags.map((tag, i) => h('span', { key: i, className: 'tag' }, tag)),
        )
      : null,
    contact.some(Boolean)
      ? h(
          'aside',
          { key: 'spokesperson', className: 'aside-box', 'data-spokesperson': '' },
          h('h2', null, t('news.spokesperson')),
          h('p', null, h('strong', null, contact[0]), contact[1] ? h('br') : null, contact[1]),
          h('p', null, contact[2], contact[2] && contact[3] ? h('br') : null, contact[3]),
        )
      : null,
    related.length
      ? h(
          'aside',
          { key: 'related', className: 'aside-box', 'data-related': '' },
          h('h2', null, t('news.related')),
          h(
            'ul',
            { className: 'related-list' },
            related.map((r) =>
              h('li', { key: `${r.collection}/${r.slug}` }, r.title, ` · ${t(`searchType.${collections[r.collection].searchType}` as UiKey)}`),
            ),
          ),
        )
      : null,
  ];
}

/** An infographic's figures as text, and where they come from. */
function infographicDetails(get: Get): ReactNode[] {
  const figures = list(get('figures')).filter((f) => text(f.label) || text(f.value));
  const source = text(get('source'));
  return [
    figures.length
      ? h(
          'section',
          { key: 'figures', 'data-figures': '' },
          h('h2', null, t('infographic.figures')),
          h(
            'dl',
            { className: 'facts' },
            figures.flatMap((f, i) => [
              h('dt', { key: `${i}-t` }, text(f.label) ?? '…'),
              h('dd', { key: `${i}-d` }, text(f.value) ?? '…', text(f.note) ? ` (${text(f.note)})` : null),
            ]),
          ),
        )
      : null,
    source ? h('p', { key: 'source', 'data-source': '' }, t('infographic.source', { source })) : null,
  ];
}

const duration = (value: unknown) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const seconds = Math.round(value);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** Where a video plays from, in words: an uploaded clip and its captions, or its host. */
function videoSourceLine(video: Data): string {
  const src = text(video.src);
  if (!src) return 'Chưa chọn tệp video hoặc địa chỉ video';
  if (/^https?:/i.test(src)) {
    const address = parseVideoAddress(src);
    if (!address) return 'Địa chỉ chưa đúng: chỉ nhận một video trên YouTube, Facebook hoặc TikTok';
    const host = { youtube: 'YouTube', facebook: 'Facebook', tiktok: 'TikTok' }[address.host];
    return `Video trên ${host}: chỉ phát khi người đọc bấm nút phát`;
  }
  const captions = Object.entries((video.captions ?? {}) as Data)
    .filter(([, file]) => text(file))
    .map(([code]) => languageName.of(code) ?? code);
  const file = src.split('/').pop() ?? src;
  if (!isClipFile(src)) return `Tệp video phải là .mp4 hoặc .webm: ${file}`;
  return `Tệp video ${file} · ${captions.length ? `phụ đề: ${captions.join(', ')}` : 'chưa có phụ đề'}`;
}

/** Each video as its poster, title and a line on where it plays from; no player is loaded. */
function videosSection(videos: Data[], asset: (path: string) => string): ReactNode {
  if (!videos.length) return null;
  return h(
    'section',
    { 'data-videos': '' },
    h('h2', null, 'Video'),
    videos.map((video, i) =>
      h(
        'figure',
        { key: i, 'data-video': '' },
        text(video.poster) ? h('img', { src: asset(String(video.poster)), alt: '', style: { width: '100%' } }) : null,
        h(
          'figcaption',
          null,
          h('strong', null, `▶ ${text(video.title) ?? '…'}`),
          duration(video.durationSeconds) ? ` (${duration(video.durationSeconds)})` : null,
          h('br'),
          videoSourceLine(video),
          creditLine(video) ? h('br') : null,
          creditLine(video),
        ),
      ),
    ),
  );
}

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
  return function EntryPreview({ entry, widgetFor, getAsset, fieldsMetaData }: PreviewTemplateComponentProps) {
    const plain = (value: unknown) =>
      value && typeof (value as { toJS?: () => unknown }).toJS === 'function' ? (value as { toJS: () => unknown }).toJS() : value;
    const get: Get = (path) => plain(entry.getIn(['data', ...path.split('.')]));
    // The relation widget files what it knows of a picked entry under the field's path, then the collection and the file name.
    const lookup: Lookup = (field, target, slug) => {
      const data = plain(fieldsMetaData?.getIn([...field.split('.'), target, slug]));
      return data && typeof data === 'object' ? (data as Data) : undefined;
    };
    const asset = (path: string) => getAsset(path).toString();
    const images = ((get('images') as Data[] | undefined) ?? []).filter((img) => text(img.src));
    const [hero, ...gallery] = images;
    const facts = (factsFor[collection]?.(get) ?? []).filter((f): f is readonly [string, string] => Boolean(f[1]));
    const image = (img: Data, className?: string) => h('img', { src: asset(String(img.src)), alt: text(img.alt) ?? '', className, style: { width: '100%' } });
    return h(
      'main',
      { className: 'container', style: { padding: '1rem' } },
      h(
        'article',
        null,
        h('h1', null, text(get('title')) ?? '…'),
        collection === 'news' ? newsHeader(get, lookup) : null,
        h('p', { className: 'lead' }, text(get('description'))),
        get('sampleData')
          ? h('p', { className: 'notice notice--sample' }, h('span', { className: 'badge' }, t('sample.badge')), ' ', t('sample.explain'))
          : null,
        hero ? h('figure', { className: 'hero-image' }, image(hero), creditLine(hero) ? h('figcaption', null, creditLine(hero)) : null) : null,
        facts.length
          ? h(
              'dl',
              { className: 'facts' },
              facts.flatMap(([label, value]) => [h('dt', { key: `${label}-t` }, label), h('dd', { key: `${label}-d` }, value)]),
            )
          : null,
        collection === 'festivals' ? listOf(get('highlights'), t('festival.highlights')) : null,
        collection === 'infographics' ? infographicDetails(get) : null,
        h('div', { className: 'prose' }, widgetFor('body')),
        collection === 'festivals' ? listOf(get('tips'), t('festival.tips')) : null,
        collection === 'news' ? newsDetails(get, lookup) : null,
        videosSection(list(get('videos')), asset),
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
