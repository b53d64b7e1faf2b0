/**
 * `npm run build`: checks the content, builds the site into a temporary folder, runs the
 * post-build steps and swaps the result into place. Any failure exits non-zero and leaves
 * the previous build (dist/ or $OUT_DIR) exactly as it was.
 *
 * Environment: OUT_DIR (default dist), BASE_PATH (default /), SITE_URL.
 */
import { spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, validateContent } from '../src/model/validate.ts';
import { removeTree, swapIn, temporarySibling } from './lib/atomic-dir.ts';
import { moveNested404 } from './lib/nested-404.ts';
import { buildHandbookPdfs } from './lib/handbook-pdf.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { buildOgCards } from './lib/og-cards.ts';
import { reportHandbook } from './build-handbook.ts';
import { site } from '../src/config/site.ts';
import { cachingRules, headersFile, securityRules } from '../src/utils/http-headers.ts';
import { applyContentSecurityPolicy } from './lib/csp.ts';
import { buildServiceWorker } from './lib/service-worker.ts';
import { backendFromEnv, cmsOrigins } from '../cms/backend.ts';
import { buildFingerprint, buildSettings, writeBuildStamp } from './lib/build-stamp.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = path.resolve(root, process.env.OUT_DIR ?? 'dist');
const started = performance.now();
// Fingerprint the inputs before building, so edits made during the build make the stamp stale.
const fingerprint = buildFingerprint(root, buildSettings());
const step = (name: string) => console.log(`\n▶ ${name}`);

step('Checking content');
const problems = await validateContent(path.join(root, 'content'));
if (problems.length) {
  console.error(`\nBuild stopped: ${problems.length} content problem(s). Nothing was written; ${path.relative(root, target) || target} is unchanged.\n`);
  for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
console.log('  content is valid');

// Astro caches parsed entries and reuses them while the entry files are unchanged, even when
// a schema default changed in src/model/schemas.ts. Parsing is cheap; stale data is not.
await rm(path.join(root, 'node_modules/.astro/data-store.json'), { force: true });

const temp = temporarySibling(target, 'building');
await removeTree(temp);
step(`Building with Astro into ${path.relative(root, temp)}`);
const astro = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  // A build is always a production build, even when started from a test runner that sets
  // NODE_ENV=test (Vite would then build in development mode, without the service worker).
  env: { ...process.env, NODE_ENV: 'production', ASTRO_OUT_DIR: temp, ASTRO_TELEMETRY_DISABLED: '1' },
});

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Stops the build with one line saying why: the temporary build is removed and the previous
 * output stays. A folder that cannot be removed is reported on a second line, never thrown, so
 * the reason is not lost behind a crash of the cleanup.
 */
async function failBuild(reason: string): Promise<never> {
  const cleanupError = await removeTree(temp).then(
    () => undefined,
    (error: unknown) => error,
  );
  console.error(`\nBuild failed ${reason}. ${path.relative(root, target)} is unchanged.`);
  if (cleanupError) console.error(`  The temporary folder ${path.relative(root, temp)} could not be removed (${messageOf(cleanupError)}); delete it by hand.`);
  process.exit(1);
}

if (astro.status !== 0) await failBuild(`(astro exited with ${astro.status ?? astro.signal})`);

/**
 * Runs a post-build step; on failure the build stops. Steps settle their own work before they
 * reject (see runSettled in og-cards.ts), so nothing writes into the folder being removed.
 */
async function postBuild<T>(failing: string, job: () => Promise<T>): Promise<T> {
  try {
    return await job();
  } catch (error) {
    return failBuild(`while ${failing}: ${messageOf(error)}`);
  }
}

step('Post-build steps');
console.log(`  moved ${await postBuild('moving the localized 404 pages', () => moveNested404(temp))} localized 404 page(s) to <locale>/404.html`);

step('Indexing for search (Pagefind)');
const search = await postBuild('indexing for search', () => buildSearchIndex(temp));
const perLanguage = Object.entries(search.languages)
  .map(([lang, n]) => `${lang} ${n}`)
  .join(', ');
console.log(`  ${search.pages} page(s) indexed in ${search.seconds.toFixed(1)} s (${perLanguage})`);

step('Drawing the share cards (Open Graph)');
const cards = await postBuild('drawing the share cards', () => buildOgCards(temp, site.basePath));
console.log(`  ${cards.count} card(s) in ${cards.seconds.toFixed(1)} s (${cards.reused} reused from the cache, ${cards.rendered} drawn)`);

step('Printing the investment handbook (PDF per locale)');
reportHandbook(await postBuild('printing the handbook', () => buildHandbookPdfs({ dir: temp, basePath: site.basePath })), root);

step('Content-Security-Policy and security headers');
const csp = await postBuild('adding the Content-Security-Policy', () =>
  applyContentSecurityPolicy(temp, site.basePath, {
    tileUrl: site.map.tileUrl,
    enquiryEndpoint: site.enquiryEndpoint,
    embedOrigins: site.embedOrigins,
    cmsOrigins: cmsOrigins(backendFromEnv(process.env)),
  }),
);
await postBuild('writing _headers', () =>
  writeFile(path.join(temp, '_headers'), headersFile([...securityRules(site.basePath, csp.policies), ...cachingRules(site.basePath)])),
);
console.log(
  `  a policy <meta> in ${csp.pages} page(s); wrote _headers (widgets under /embed/ may be framed by ${site.embedOrigins.join(', ')}; other pages by no other site)`,
);

step('Service worker (offline reading)');
const worker = await postBuild('bundling the service worker', () => buildServiceWorker(temp, site.basePath));
console.log(
  `  sw.js ${(worker.workerBytes / 1024).toFixed(1)} KiB; app shell of ${worker.precached} file(s), ${(worker.precacheBytes / 1024).toFixed(0)} KiB, precached`,
);

step(`Publishing to ${path.relative(root, target)}`);
await swapIn(temp, target);
writeBuildStamp(root, target, fingerprint);
console.log(`\n✓ Built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
