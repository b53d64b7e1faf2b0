/** The projects calling for investment as a spreadsheet, one per locale. */
import type { APIRoute } from 'astro';
import type { Locale } from '~/config/locales.ts';
import { localeStaticPaths } from '~/utils/content.ts';
import { toCsv } from '~/utils/csv.ts';
import { opportunitiesTable, opportunityRows } from '~/utils/investment.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const body = toCsv(opportunitiesTable(props.locale, await opportunityRows(props.locale)));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
