/**
 * Builds the site (and a BASE_PATH variant) when the sources changed since the last build,
 * then serves both over HTTP for the build and browser tests.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';
import { baseDistDir, basePath, distDir, root } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    baseSiteUrl: string;
  }
}

function inputsHash(extra: string): string {
  const hash = createHash('sha256').update(extra);
  const walk = (p: string) => {
    const full = path.join(root, p);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) walk(path.join(p, name));
    } else hash.update(p).update(readFileSync(full));
  };
  for (const p of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json']) walk(p);
  return hash.digest('hex');
}

function buildIfStale(outDir: string, env: Record<string, string>) {
  const stampFile = path.join(root, 'node_modules', '.cache', 'province-showcase', `${path.basename(outDir)}.stamp`);
  const stamp = inputsHash(JSON.stringify(env));
  if (existsSync(path.join(outDir, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  console.log(`Building ${path.relative(root, outDir)} for the tests…`);
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`The site build failed (${path.relative(root, outDir)}); see the output above.`);
  mkdirSync(path.dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, stamp);
}

export default async function setup(project: TestProject) {
  buildIfStale(distDir, { OUT_DIR: distDir, BASE_PATH: '/' });
  buildIfStale(baseDistDir, { OUT_DIR: baseDistDir, BASE_PATH: basePath });
  const site = await serveStatic(distDir);
  const baseSite = await serveStatic(baseDistDir, basePath);
  project.provide('siteUrl', site.url);
  project.provide('baseSiteUrl', baseSite.url);
  return async () => {
    await site.close();
    await baseSite.close();
  };
}
