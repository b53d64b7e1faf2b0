import type { APIRoute } from 'astro';
import { site } from '~/config/site.ts';
import { absoluteUrl, withBase } from '~/utils/urls.ts';

export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const body = [
    'User-agent: *',
    `Disallow: ${withBase('/admin/', base)}`,
    '',
    `Sitemap: ${absoluteUrl(withBase('/sitemap-index.xml', base), site.url)}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
