/**
 * Builds the site (and a BASE_PATH variant) when the sources changed since the last build,
 * then serves both over HTTP for the build and browser tests.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFingerprint, buildSettings, isBuildCurrent } from '../../scripts/lib/build-stamp.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { baseDistDir, basePath, distDir, embedOrigins, root, secretCanaries } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    baseSiteUrl: string;
  }
}

function buildIfStale(outDir: string, env: Record<string, string>) {
  const fingerprint = buildFingerprint(root, buildSettings({ ...process.env, ...env }));
  if (isBuildCurrent(root, outDir, fingerprint)) return;
  console.log(`Building ${path.relative(root, outDir)} for the tests…`);
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, ...secretCanaries, ...env } });
  if (result.status !== 0) throw new Error(`The site build failed (${path.relative(root, outDir)}); see the output above.`);
}

export default async function setup(project: TestProject) {
  buildIfStale(distDir, { OUT_DIR: distDir, BASE_PATH: '/', EMBED_ORIGINS: embedOrigins });
  buildIfStale(baseDistDir, { OUT_DIR: baseDistDir, BASE_PATH: basePath, EMBED_ORIGINS: embedOrigins });
  const site = await serveStatic(distDir);
  const baseSite = await serveStatic(baseDistDir, basePath);
  project.provide('siteUrl', site.url);
  project.provide('baseSiteUrl', baseSite.url);
  return async () => {
    await site.close();
    await baseSite.close();
  };
}
