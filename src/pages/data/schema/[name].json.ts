/** The JSON Schema of each data file, published next to the data so the portal can validate it. */
import type { APIRoute } from 'astro';
import { dataNames, dataSchema, type DataName } from '~/utils/data-api.ts';

export function getStaticPaths() {
  return dataNames.map((name) => ({ params: { name }, props: { name } }));
}

export const GET: APIRoute<{ name: DataName }> = ({ props }) =>
  new Response(JSON.stringify(dataSchema(props.name), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
