/** The projects calling for investment as JSON, one file per locale, for portals and analysts. */
import type { APIRoute } from 'astro';
import type { Locale } from '~/config/locales.ts';
import { localeStaticPaths } from '~/utils/content.ts';
import { opportunitiesJson, opportunityRows } from '~/utils/investment.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const body = JSON.stringify(opportunitiesJson(props.locale, await opportunityRows(props.locale)), null, 2);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
