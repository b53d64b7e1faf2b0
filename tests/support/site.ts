/**
 * Where the test builds live, shared by the global setup and the tests. They are built with
 * test-only settings (a portal on 127.0.0.1 may frame the widgets, stand-in secrets in the
 * environment), so they go under `.test-dist/` and never into the deployable `dist/`.
 */
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
/** The deployable build of `npm run build`, which no test writes. */
export const deployableDistDir = path.join(root, 'dist');
/** The folder of every test build (git- and lint-ignored). */
export const testBuildsDir = path.join(root, '.test-dist');
/** The site as the build and browser tests see it. */
export const distDir = path.join(testBuildsDir, 'site');
/** A second build of the site, served under a sub-path, to test BASE_PATH. */
export const baseDistDir = path.join(testBuildsDir, 'base');
export const basePath = '/some/sub/path/';
export const screenshotDir = path.join(root, 'test-results', 'screenshots');
/** Port of the stand-in provincial portal in the embedding tests; the test builds allow it to frame widgets. */
export const portalPort = 47231;
export const embedOrigins = `https://dongthap.gov.vn,https://*.dongthap.gov.vn,http://127.0.0.1:${portalPort}`;
/**
 * Stand-in secrets in the environment of the test builds: tests/build/security.test.ts checks
 * that neither they nor any other environment value of the build reaches the built site.
 */
export const secretCanaries = {
  PROVINCE_CANARY_SECRET: 'canary-4f1d9b27c0e8a6d35e71',
  GITLAB_TOKEN: 'glpat-CanaryTok3nNotReal0001',
  CMS_OAUTH_CLIENT_SECRET: 'c4n4ry-client-secret-7d2e91',
} as const;

/** One build the global setup makes: its folder, the environment of the build and what runs it. */
export interface TestBuild {
  outDir: string;
  env: Readonly<Record<string, string>>;
  /**
   * `build-script`: `npm run build` (scripts/build.ts, which builds into a temporary folder and
   * swaps it in). `astro`: plain `astro build` into the folder, which must give the complete
   * site too, since the post-build steps run inside Astro (src/integrations/post-build.ts).
   */
  command: 'build-script' | 'astro';
}

export const testBuilds: readonly TestBuild[] = [
  { outDir: distDir, env: { ...secretCanaries, OUT_DIR: distDir, BASE_PATH: '/', EMBED_ORIGINS: embedOrigins }, command: 'build-script' },
  { outDir: baseDistDir, env: { ...secretCanaries, OUT_DIR: baseDistDir, BASE_PATH: basePath, EMBED_ORIGINS: embedOrigins }, command: 'astro' },
];

/** Whether `dir` is `parent` or inside it. */
export function isWithin(dir: string, parent: string): boolean {
  const rel = path.relative(parent, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Throws unless `outDir` (as `OUT_DIR` gives it) is a folder under `.test-dist/`: test settings must never reach the deployable dist/. */
export function assertTestBuildDir(outDir: string): void {
  const resolved = path.resolve(root, outDir);
  if (resolved === testBuildsDir || !isWithin(resolved, testBuildsDir)) {
    throw new Error(`A test build must go into a folder under ${path.relative(root, testBuildsDir)}/, not ${resolved}`);
  }
}
