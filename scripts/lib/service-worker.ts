/**
 * Build step: the service worker (src/sw/service-worker.ts), bundled with its Workbox modules
 * by esbuild into `sw.js`, with the list of app-shell files to precache from workbox-build's
 * getManifest (each with a content hash, so a deploy that changes one updates the worker).
 * The shell is what every site page loads: stylesheets, fonts, the small loaders, the logo,
 * and the offline page of each language; and the small code those loaders fetch when a part is
 * first used. Nothing of /admin/ is in it, nor Leaflet or Pagefind.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { defaultLocale, localeCodes } from '../../src/config/locales.ts';
import { site } from '../../src/config/site.ts';
import { localizedFile, localizedPath, withBase } from '../../src/utils/urls.ts';
import { dynamicImports, heavyAsset, isAppPage, staticImports, templateOf, weighPage } from './budgets.ts';
import { htmlFiles, urlPathOf } from './built-html.ts';

const source = path.resolve(import.meta.dirname, '../../src/sw/service-worker.ts');

/** Pages read per template: pages of one template load the same files, and reading all of a large site's pages costs half a minute. */
const samplesPerTemplate = 25;

/** Files (relative to `dir`) that site pages load before anyone touches them. */
function shellFiles(dir: string, base: string): string[] {
  const files = new Set<string>([site.logo]);
  const cache = new Map<string, unknown>();
  const sampled = new Map<string, number>();
  for (const file of htmlFiles(dir)) {
    const urlPath = urlPathOf(dir, file);
    if (isAppPage(urlPath)) continue;
    const template = templateOf(urlPath);
    const seen = sampled.get(template) ?? 0;
    if (seen >= samplesPerTemplate) continue;
    sampled.set(template, seen + 1);
    const page = weighPage(dir, file, base, cache);
    for (const asset of [...page.css, ...page.script, ...page.fonts]) {
      if (asset.url === 'inline') continue;
      const local = asset.url.startsWith(base) ? asset.url.slice(base.length) : asset.url.replace(/^\//, '');
      files.add(local);
    }
  }
  addLazyCode(dir, files);
  return [...files].sort();
}

/**
 * The code those scripts import when a reader first uses a part (filters, sorting, the search
 * dialog), so a page kept for offline reading still works, but not Leaflet or Pagefind, which
 * are large and of no use without a network (map tiles, the search index).
 */
function addLazyCode(dir: string, files: Set<string>): void {
  const queue = [...files].filter((file) => file.endsWith('.js'));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const code = readFileSync(path.join(dir, file), 'utf8');
    for (const spec of [...dynamicImports(code), ...staticImports(code)]) {
      const target = path.posix.join(path.posix.dirname(file), spec);
      if (files.has(target) || heavyAsset.test(target) || !existsSync(path.join(dir, target))) continue;
      files.add(target);
      queue.push(target);
    }
  }
}

export interface ServiceWorkerResult {
  precached: number;
  precacheBytes: number;
  workerBytes: number;
}

export async function buildServiceWorker(dir: string, base = site.basePath): Promise<ServiceWorkerResult> {
  const offlinePages = localeCodes.map((locale) => ({ locale, file: `${localizedPath(locale, 'offline').slice(1)}index.html` }));
  const { manifestEntries, size, warnings } = await getManifest({
    globDirectory: dir,
    globPatterns: [...shellFiles(dir, base), ...offlinePages.map((p) => p.file)],
    // Astro names its assets by content hash; the URL is already the version.
    dontCacheBustURLsMatching: /^_astro\//,
    maximumFileSizeToCacheInBytes: 512 * 1024,
  });
  if (warnings.length) throw new Error(`service worker precache: ${warnings.join('; ')}`);
  const offlineUrl = new Map(offlinePages.map((p) => [p.file, withBase(localizedPath(p.locale, 'offline'), base)]));
  // The offline pages are looked up by their address, not by their file name.
  const manifest = (manifestEntries ?? []).map((e) => ({ url: offlineUrl.get(e.url) ?? withBase(`/${e.url}`, base), revision: e.revision }));
  const locales = [...localeCodes.filter((l) => l !== defaultLocale), defaultLocale].map((locale) => ({
    prefix: withBase(localizedPath(locale), base),
    offline: withBase(localizedPath(locale, 'offline'), base),
    calendar: withBase(localizedPath(locale, 'calendar'), base),
    ics: withBase(localizedFile(locale, 'festivals.ics'), base),
  }));
  const version = createHash('sha256').update(JSON.stringify(manifest)).digest('hex').slice(0, 12);
  const config = { base, locales, admin: withBase('/admin/', base) };
  const result = await build({
    entryPoints: [source],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
    define: {
      __SW_CONFIG__: JSON.stringify(config),
      __SW_MANIFEST__: JSON.stringify(manifest),
      'process.env.NODE_ENV': '"production"',
    },
  });
  const code = `/* province-showcase service worker ${version} */\n${result.outputFiles[0]!.text}`;
  await writeFile(path.join(dir, 'sw.js'), code);
  return { precached: manifest.length, precacheBytes: size, workerBytes: Buffer.byteLength(code) };
}
