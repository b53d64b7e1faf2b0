/**
 * Runs after the global setup has built the test sites: their test-only settings reached the
 * test build, and not the deployable dist/ (which exists only after `npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { deployableDistDir, distDir, portalPort, secretCanaries } from '../support/site.ts';

const portal = `http://127.0.0.1:${portalPort}`;

test('the test build lets the stand-in portal on 127.0.0.1 frame the widgets', () => {
  expect(readFileSync(path.join(distDir, '_headers'), 'utf8')).toContain(portal);
});

test('the deployable dist/, if there is one, carries no test-only setting', () => {
  const headers = path.join(deployableDistDir, '_headers');
  if (!existsSync(headers)) return;
  const text = readFileSync(headers, 'utf8');
  // Who may frame pages. (The CMS's own policy names its local backend on 127.0.0.1 in connect-src,
  // which is a real setting, so only frame-ancestors is looked at.)
  const frameAncestors = [...text.matchAll(/frame-ancestors([^;\n]*)/g)].map((m) => m[1]!);
  expect(frameAncestors.length).toBeGreaterThan(0);
  // A dist/ written by an older test run has them; `npm run build` replaces it.
  for (const sources of frameAncestors) {
    expect(sources, `${headers} lets localhost frame the widgets: rebuild it with npm run build`).not.toMatch(/127\.0\.0\.1|localhost/);
  }
  for (const secret of Object.values(secretCanaries)) expect(text).not.toContain(secret);
});
