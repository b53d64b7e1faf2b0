/**
 * Builds the site (and a BASE_PATH variant) into `.test-dist/` when the sources changed since
 * the last build, then serves both over HTTP for the build and browser tests. The deployable
 * `dist/` is never written: the test builds carry test-only settings. The site is built by
 * `npm run build`'s script; the BASE_PATH variant by plain `astro build`, so that every test of
 * it (search, links, base path, the plain-build checks) shows that Astro alone builds the
 * complete site, post-build steps included.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFingerprint, buildSettings, isBuildCurrent, writeBuildStamp } from '../../scripts/lib/build-stamp.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { assertTestBuildDir, baseDistDir, basePath, distDir, root, testBuilds, type TestBuild } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    baseSiteUrl: string;
  }
}

/** `astro build` straight into `outDir`, with the environment a shell would give it (no NODE_ENV=test from the test runner). */
function astroBuild(outDir: string, env: Readonly<Record<string, string>>) {
  rmSync(outDir, { recursive: true, force: true });
  const shell = { ...process.env };
  delete shell.NODE_ENV;
  return spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...shell, ...env, ASTRO_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

function buildIfStale({ outDir, env, command }: TestBuild) {
  assertTestBuildDir(env.OUT_DIR ?? 'dist');
  // scripts/build.ts stamps its output with this fingerprint; an Astro build gets its own, so a
  // folder the other command built is never taken as current.
  const settings = buildSettings({ ...process.env, ...env });
  const fingerprint = buildFingerprint(root, command === 'astro' ? { ...settings, command } : settings);
  if (isBuildCurrent(root, outDir, fingerprint)) return;
  console.log(`Building ${path.relative(root, outDir)} for the tests with ${command === 'astro' ? 'astro build' : 'scripts/build.ts'}…`);
  const result =
    command === 'astro'
      ? astroBuild(outDir, env)
      : spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`The site build failed (${path.relative(root, outDir)}); see the output above.`);
  // scripts/build.ts writes its own stamp; a plain Astro build knows nothing of stamps.
  if (command === 'astro') writeBuildStamp(root, outDir, fingerprint);
}

export default async function setup(project: TestProject) {
  for (const build of testBuilds) buildIfStale(build);
  const site = await serveStatic(distDir);
  const baseSite = await serveStatic(baseDistDir, basePath);
  project.provide('siteUrl', site.url);
  project.provide('baseSiteUrl', baseSite.url);
  return async () => {
    await site.close();
    await baseSite.close();
  };
}
