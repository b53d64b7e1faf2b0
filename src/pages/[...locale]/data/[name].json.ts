/** Festivals, products, opportunities, news and places as JSON for the provincial portal, per locale. */
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '~/config/locales.ts';
import { localeParam } from '~/utils/content.ts';
import { dataFile, dataNames, type DataName } from '~/utils/data-api.ts';

export function getStaticPaths() {
  return localeCodes.flatMap((locale) => dataNames.map((name) => ({ params: { locale: localeParam(locale), name }, props: { locale, name } })));
}

export const GET: APIRoute<{ locale: Locale; name: DataName }> = async ({ props }) =>
  new Response(JSON.stringify(await dataFile(props.name, props.locale), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
