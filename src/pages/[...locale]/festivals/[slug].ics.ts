import { inLocale } from '~/config/locales.ts';
import type { APIRoute } from 'astro';
import { site } from '~/config/site.ts';
import { entryStaticPaths, type LocalizedEntry } from '~/utils/content.ts';
import { calendarFile, festivalEvents } from '~/utils/festival-ics.ts';
import { calendarFestival, calendarHost, dateFestival } from '~/utils/festivals.ts';

export const getStaticPaths = () => entryStaticPaths('festivals');

export const GET: APIRoute<{ item: LocalizedEntry<'festivals'> }> = ({ props }) => {
  const festival = calendarFestival(dateFestival(props.item));
  const body = calendarFile(festivalEvents(festival, calendarHost), `${festival.title} – ${inLocale(site.provinceName, props.item.locale)}`);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
