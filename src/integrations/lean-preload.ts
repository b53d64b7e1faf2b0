/**
 * Vite wraps every dynamic `import()` in a preload helper of about 0.9 KB gzip, which the search
 * dialog's loader would bring onto every page, and lists each lazy chunk's dependencies beside the
 * call. Astro fixes `build.modulePreload` for the whole build, so this plugin turns it off for the
 * browser's code only, which drops those lists, and supplies a helper that only runs the import.
 * Nothing is lost: our few, small lazy chunks load their own imports, and a stylesheet imported
 * lazily would be of no use anyway, because Astro puts it in the page head regardless
 * (withastro/astro#9495). The map adds Leaflet's stylesheet itself (src/client/places-map.ts).
 */
import type { Plugin } from 'vite';

const helperId = '\0vite/preload-helper.js';

export function leanPreloadHelper(): Plugin {
  return {
    name: 'province:lean-preload-helper',
    enforce: 'pre',
    apply: 'build',
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    resolveId: (source) => (source === helperId ? helperId : undefined),
    load: (id) => (id === helperId ? 'export const __vitePreload = (load) => load();\n' : undefined),
  };
}
