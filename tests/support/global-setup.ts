/**
 * Builds the site (and a BASE_PATH variant) into `.test-dist/` when the sources changed since
 * the last build, then serves both over HTTP for the build and browser tests. The deployable
 * `dist/` is never written: the test builds carry test-only settings.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFingerprint, buildSettings, isBuildCurrent } from '../../scripts/lib/build-stamp.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { assertTestBuildDir, baseDistDir, basePath, distDir, root, testBuilds, type TestBuild } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    baseSiteUrl: string;
  }
}

function buildIfStale({ outDir, env }: TestBuild) {
  assertTestBuildDir(env.OUT_DIR ?? 'dist');
  const fingerprint = buildFingerprint(root, buildSettings({ ...process.env, ...env }));
  if (isBuildCurrent(root, outDir, fingerprint)) return;
  console.log(`Building ${path.relative(root, outDir)} for the tests…`);
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`The site build failed (${path.relative(root, outDir)}); see the output above.`);
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
