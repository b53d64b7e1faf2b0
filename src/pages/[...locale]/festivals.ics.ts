/** One subscribable calendar per locale with every festival of this year and the next. */
import { inLocale } from '~/config/locales.ts';
import type { APIRoute } from 'astro';
import type { Locale } from '~/config/locales.ts';
import { site } from '~/config/site.ts';
import { useTranslations } from '~/i18n/createTranslator.ts';
import { localeStaticPaths } from '~/utils/content.ts';
import { calendarFile, festivalEvents } from '~/utils/festival-ics.ts';
import { calendarFestival, calendarHost, datedFestivals } from '~/utils/festivals.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const t = useTranslations(props.locale);
  const events = (await datedFestivals(props.locale)).flatMap((f) => festivalEvents(calendarFestival(f), calendarHost));
  const body = calendarFile(events, `${t('festivals.title')} – ${inLocale(site.provinceName, props.locale)}`);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
