/** The uploaded files the site serves as they are: clips, captions and picture originals (see `utils/published-files.ts`). */
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { publishedFiles, type PublishedFile } from '~/utils/published-files.ts';

export async function getStaticPaths() {
  return (await publishedFiles()).map((file) => ({ params: { file: file.name }, props: { file } }));
}

export const GET: APIRoute<{ file: PublishedFile }> = async ({ props }) =>
  new Response(await readFile(props.file.source), { headers: { 'Content-Type': props.file.mediaType } });
