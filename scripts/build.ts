/**
 * `npm run build`: checks the content, builds the site with Astro into a temporary folder and
 * swaps the result into place. The post-build steps (search index, share cards, handbook PDFs,
 * Content-Security-Policy and `_headers`, service worker…) are part of `astro build` itself
 * (src/integrations/post-build.ts). Any failure exits non-zero and leaves the previous build
 * (dist/ or $OUT_DIR) exactly as it was.
 *
 * Environment: OUT_DIR (default dist), BASE_PATH (default /), SITE_URL.
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, validateContent } from '../src/model/validate.ts';
import { removeTree, swapIn, temporarySibling } from './lib/atomic-dir.ts';
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
// a schema default changed in src/model/schemas/. Parsing is cheap; stale data is not.
await rm(path.join(root, 'node_modules/.astro/data-store.json'), { force: true });

const temp = temporarySibling(target, 'building');
await removeTree(temp);
step(`Building with Astro into ${path.relative(root, temp)}`);
// The post-build steps run inside this, on Astro's astro:build:done hook.
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

// Astro has printed why it failed, a failed post-build step included (one line naming the step).
if (astro.status !== 0) await failBuild(`(astro build exited with ${astro.status ?? astro.signal})`);

step(`Publishing to ${path.relative(root, target)}`);
await swapIn(temp, target);
writeBuildStamp(root, target, fingerprint);
console.log(`\n✓ Built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
