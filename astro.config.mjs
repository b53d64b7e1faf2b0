// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defaultLocale, locales } from './src/config/locales.ts';
import { site } from './src/config/site.ts';
import { leanPreloadHelper } from './src/integrations/lean-preload.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { fallbackSitemapFilter } from './src/integrations/sitemap-filter.ts';

// The build script (scripts/build.ts) points this at a temporary folder and swaps it in
// only when the whole build succeeded, so a failed build never leaves a broken dist/.
const outDir = process.env.ASTRO_OUT_DIR ?? './dist';

export default defineConfig({
  site: site.url,
  base: site.basePath,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: locales.map((l) => l.code),
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(locales.map((l) => [l.code, l.tag])),
      },
      filter: fallbackSitemapFilter(new URL('./content/', import.meta.url)),
    }),
    // Last: the post-build steps (search index, share cards, handbook PDFs, CSP and _headers,
    // service worker) work on the finished site, so `astro build` alone gives the complete site.
    postBuild(),
  ],
  image: {
    // Responsive images keep their aspect ratio and never overflow their container.
    layout: 'constrained',
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [leanPreloadHelper()],
    build: {
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's
        // warning about it is noise, repeated once per content file.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
