/** Reading the built site: every HTML page with its locale and a cheerio document. */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import type { Locale } from '../../src/config/locales.ts';
import { splitLocale } from '../../src/utils/urls.ts';
import { isAppPage } from '../../scripts/lib/budgets.ts';
import { htmlFiles, urlPathOf } from '../../scripts/lib/built-html.ts';

export interface BuiltPage {
  /** URL path relative to the site root, e.g. `/ja/festivals/le-hoi-sen/`. */
  urlPath: string;
  file: string;
  locale: Locale;
  $: cheerio.CheerioAPI;
}

export { htmlFiles, urlPathOf } from '../../scripts/lib/built-html.ts';

const cache = new Map<string, BuiltPage[]>();

export function loadPages(dir: string): BuiltPage[] {
  if (!cache.has(dir)) {
    cache.set(
      dir,
      htmlFiles(dir)
        // The CMS, the widgets for other sites and the kiosk screen are not pages of the site (no
        // header, canonical or alternates); tests/e2e/cms, embed and kiosk cover them.
        .filter((file) => !isAppPage(urlPathOf(dir, file)))
        .map((file) => {
          const urlPath = urlPathOf(dir, file);
          return {
            urlPath,
            file,
            locale: splitLocale(urlPath).locale,
            $: cheerio.load(readFileSync(file, 'utf8')),
          };
        }),
    );
  }
  return cache.get(dir)!;
}

export function page(dir: string, urlPath: string): BuiltPage {
  const found = loadPages(dir).find((p) => p.urlPath === urlPath);
  if (!found) throw new Error(`No built page at ${urlPath}`);
  return found;
}

/** Text of an element with a space between elements, as a reader sees it; scripts excluded. */
export function visibleText($: cheerio.CheerioAPI, selector: string | cheerio.Cheerio<never>): string {
  const root = typeof selector === 'string' ? $(selector) : selector;
  const parts: string[] = [];
  root
    .find('*')
    .addBack()
    .not('script, style, template')
    .contents()
    .each((_, node) => {
      if (node.type === 'text' && !$(node).parents('script, style, template').length) parts.push(node.data);
    });
  return parts.join(' ').replace(/\s+/g, ' ');
}
