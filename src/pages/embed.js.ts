/**
 * /embed.js, the loader that other sites paste (src/embed/loader.js), called with the site's
 * languages and widgets from their one declaration each, so adding a language needs no edit there.
 */
import { defaultLocale, localeCodes } from '~/config/locales.ts';
import { widgetNames, widgetOptions } from '~/config/widgets.ts';
import loader from '~/embed/loader.js?raw';

export function GET(): Response {
  const config = { locales: localeCodes, defaultLocale, widgets: widgetNames, options: widgetOptions };
  // In its own scope, so a host page gets no global from it.
  const body = `(() => {\n${loader}\nprovinceWidgets(${JSON.stringify(config)});\n})();\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
