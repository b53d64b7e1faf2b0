/**
 * Astro writes `[locale]/404.astro` as `<locale>/404/index.html`; static hosts that serve
 * nested error pages (Cloudflare Pages, nginx with the sample config) look for `<locale>/404.html`.
 */
import { existsSync } from 'node:fs';
import { rename, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { defaultLocale, localeCodes } from '../../src/config/locales.ts';

export async function moveNested404(outDir: string): Promise<number> {
  let moved = 0;
  for (const locale of localeCodes) {
    if (locale === defaultLocale) continue;
    const from = path.join(outDir, locale, '404', 'index.html');
    if (!existsSync(from)) continue;
    await rename(from, path.join(outDir, locale, '404.html'));
    await rmdir(path.dirname(from));
    moved++;
  }
  return moved;
}
