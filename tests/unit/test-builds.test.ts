/**
 * The test builds carry test-only settings (a portal on 127.0.0.1 may frame the widgets,
 * stand-in secrets in the environment). They must go into `.test-dist/`, never into the
 * deployable `dist/`, whose `_headers` would then let localhost frame the widgets.
 * tests/build/deployable-dist.test.ts checks the same after a real global setup.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { temporarySibling } from '../../scripts/lib/atomic-dir.ts';
import { assertTestBuildDir, baseDistDir, deployableDistDir, distDir, isWithin, root, testBuilds, testBuildsDir } from '../support/site.ts';

test('every test build goes into its own folder under .test-dist/, as scripts/build.ts resolves OUT_DIR', () => {
  expect(testBuilds.map((b) => b.outDir)).toEqual([distDir, baseDistDir]);
  for (const { outDir, env } of testBuilds) {
    const target = path.resolve(root, env.OUT_DIR ?? 'dist');
    expect(target).toBe(outDir);
    expect(isWithin(target, deployableDistDir), target).toBe(false);
    expect(isWithin(deployableDistDir, target), target).toBe(false);
    expect(isWithin(target, testBuildsDir) && target !== testBuildsDir, target).toBe(true);
    // The build's temporary folder sits next to its target, so it stays under .test-dist/ too.
    expect(isWithin(temporarySibling(target, 'building'), testBuildsDir)).toBe(true);
    expect(() => assertTestBuildDir(env.OUT_DIR ?? 'dist')).not.toThrow();
  }
});

test('the test-only settings are in the test builds, so they must not be in dist/', () => {
  for (const { env } of testBuilds) {
    expect(env.EMBED_ORIGINS).toContain('http://127.0.0.1:');
    expect(env.PROVINCE_CANARY_SECRET).toBeTruthy();
  }
});

test('the global setup refuses dist/, .test-dist itself and folders outside it', () => {
  for (const outDir of ['dist', deployableDistDir, 'dist/site', '.test-dist/../dist', '.test-dist', '.', '/tmp/site', '.test-dist-site']) {
    expect(() => assertTestBuildDir(outDir), outDir).toThrow(/must go into a folder under \.test-dist\//);
  }
  expect(() => assertTestBuildDir('.test-dist/site')).not.toThrow();
});

test('.test-dist/ is ignored by git', () => {
  const ignored = readFileSync(path.join(root, '.gitignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim());
  expect(ignored).toContain(`${path.relative(root, testBuildsDir)}/`);
});
