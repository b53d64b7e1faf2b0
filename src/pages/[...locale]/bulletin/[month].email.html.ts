/** A month's bulletin as one e-mail-ready HTML file (inline styles, nothing loaded from elsewhere), for staff to paste into their mailing tool. */
import type { APIRoute } from 'astro';
import { getLocale, inLocale, localeCodes, type Locale } from '~/config/locales.ts';
import { site } from '~/config/site.ts';
import { useTranslations } from '~/i18n/createTranslator.ts';
import { formatMonth } from '~/i18n/format.ts';
import { bulletinFor, bulletinMonths, bulletinPath, bulletinSections } from '~/utils/bulletin.ts';
import { bulletinEmailHtml } from '~/utils/bulletin-email.ts';
import { localeParam } from '~/utils/content.ts';
import { officialAccountLinks } from '~/utils/official-accounts.ts';
import { pageAbsoluteUrl } from '~/utils/paths.ts';

export async function getStaticPaths() {
  const months = await bulletinMonths();
  return localeCodes.flatMap((locale) => months.map((month) => ({ params: { locale: localeParam(locale), month }, props: { locale, month } })));
}

export const GET: APIRoute<{ locale: Locale; month: string }> = async ({ props: { locale, month } }) => {
  const t = useTranslations(locale);
  const province = inLocale(site.provinceName, locale);
  const bulletin = await bulletinFor(locale, month);
  const heading = t('bulletin.heading', { province, month: formatMonth(locale, month) });
  const html = bulletinEmailHtml({
    lang: getLocale(locale).tag,
    title: heading,
    kicker: t('bulletin.title', { province }),
    heading,
    intro: t('bulletin.lead', { province }),
    sections: bulletinSections(bulletin, t).map((section) => ({
      heading: section.heading,
      empty: section.empty,
      items: section.items.map(({ title, url, meta, text }) => ({ title, url, meta, text })),
      more:
        section.id === 'news' && bulletin.untranslatedNews > 0
          ? { text: t('bulletin.moreNews', { count: bulletin.untranslatedNews }), url: pageAbsoluteUrl(locale, 'news') }
          : undefined,
    })),
    webVersion: { text: t('bulletin.webVersion'), url: pageAbsoluteUrl(locale, bulletinPath(month)) },
    footer: [inLocale(site.publisher, locale), inLocale(site.contact.address, locale), `${site.contact.phone} · ${site.contact.email}`],
    accounts: officialAccountLinks(t).map(({ label, url }) => ({ label, url })),
    colors: site.colors,
  });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
