/**
 * Vite wraps every dynamic `import()` in a preload helper of about 0.9 KB gzip, and the search
 * dialog's loader brings it onto every page. Astro fixes `build.modulePreload`, so the helper
 * cannot be switched off in config. This plugin supplies a smaller one: a lazily loaded
 * chunk's stylesheets (Leaflet's) are still added and awaited, and its JavaScript is left to
 * the browser's own module loading, which our few, small chunks do not need help with.
 */
import type { Plugin } from 'vite';

const helperId = '\0vite/preload-helper.js';

export function leanPreloadHelper(basePath: string): Plugin {
  return {
    name: 'province:lean-preload-helper',
    enforce: 'pre',
    apply: 'build',
    resolveId: (source) => (source === helperId ? helperId : undefined),
    load(id) {
      if (id !== helperId) return undefined;
      return `const sheets = {};
export const __vitePreload = (load, deps) =>
  Promise.all((deps || []).filter((dep) => dep.endsWith('.css')).map((dep) =>
    sheets[dep] ??= new Promise((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = ${JSON.stringify(basePath)} + dep;
      link.onload = resolve;
      link.onerror = () => reject(new Error('Could not load ' + dep));
      document.head.append(link);
    }),
  )).then(load);
`;
    },
  };
}
