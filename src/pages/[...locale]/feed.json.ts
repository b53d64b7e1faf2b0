/** JSON Feed 1.1 of the same items as the RSS feed, with each festival's dates as an extension. */
import type { APIRoute } from 'astro';
import { inLocale, getLocale, type Locale } from '~/config/locales.ts';
import { site } from '~/config/site.ts';
import { useTranslations } from '~/i18n/createTranslator.ts';
import { localeStaticPaths } from '~/utils/content.ts';
import { feedItems } from '~/utils/feeds.ts';
import { fileUrl, pageAbsoluteUrl } from '~/utils/paths.ts';
import { collections } from '~/model/collections.ts';
import { absoluteUrl } from '~/utils/urls.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const { locale } = props;
  const t = useTranslations(locale);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${inLocale(site.provinceName, locale)} – ${t('feed.title')}`,
    description: t('feed.description'),
    home_page_url: pageAbsoluteUrl(locale),
    feed_url: absoluteUrl(fileUrl(locale, 'feed.json'), site.url),
    language: getLocale(locale).tag,
    items: (await feedItems(locale)).map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      date_published: `${item.date}T12:00:00+07:00`,
      tags: [t(`searchType.${collections[item.kind].searchType}`)],
      ...(item.image ? { image: item.image } : {}),
      // Extensions start with an underscore (JSON Feed 1.1, "Extensions").
      ...(item.event ? { _event: { start: item.event.start, end: item.event.end, time_zone: 'Asia/Ho_Chi_Minh' } } : {}),
    })),
  };
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
