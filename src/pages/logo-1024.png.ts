/** The logo as a PNG for the press kit, drawn from `public/<site.logo>` at build time (see `utils/logo.ts`). */
import type { APIRoute } from 'astro';
import { renderLogoPng } from '~/utils/logo.ts';

export const GET: APIRoute = async () => new Response(new Uint8Array((await renderLogoPng()).bytes), { headers: { 'Content-Type': 'image/png' } });
