/** RSS 2.0 feed of upcoming festivals and recently reviewed pages, one per locale. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { inLocale, getLocale, type Locale } from '~/config/locales.ts';
import { site } from '~/config/site.ts';
import { useTranslations } from '~/i18n/createTranslator.ts';
import { localeStaticPaths } from '~/utils/content.ts';
import { feedItems } from '~/utils/feeds.ts';
import { pageAbsoluteUrl } from '~/utils/paths.ts';
import { collections } from '~/model/collections.ts';

export const getStaticPaths = localeStaticPaths;

/** Noon in Vietnam, so that a day never shifts in a reader's time zone. */
const noonInVietnam = (day: string) => new Date(`${day}T12:00:00+07:00`);

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const { locale } = props;
  const t = useTranslations(locale);
  return rss({
    title: `${inLocale(site.provinceName, locale)} – ${t('feed.title')}`,
    description: t('feed.description'),
    site: pageAbsoluteUrl(locale),
    trailingSlash: true,
    customData: `<language>${getLocale(locale).tag}</language>`,
    items: (await feedItems(locale)).map((item) => ({
      title: item.title,
      link: item.url,
      description: item.summary,
      pubDate: noonInVietnam(item.date),
      categories: [t(`searchType.${collections[item.kind].searchType}`)],
    })),
  });
};
