/** Where the test builds live, shared by the global setup and the tests. */
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const distDir = path.join(root, 'dist');
/** A second build of the site, served under a sub-path, to test BASE_PATH. */
export const baseDistDir = path.join(root, '.test-dist', 'base');
export const basePath = '/some/sub/path/';
export const screenshotDir = path.join(root, 'test-results', 'screenshots');
/** Port of the stand-in provincial portal in the embedding tests; the test builds allow it to frame widgets. */
export const portalPort = 47231;
export const embedOrigins = `https://dongthap.gov.vn,https://*.dongthap.gov.vn,http://127.0.0.1:${portalPort}`;
/**
 * Stand-in secrets in the environment of the test builds: tests/build/security.test.ts checks
 * that neither they nor any other environment value of the build reaches dist/.
 */
export const secretCanaries = {
  PROVINCE_CANARY_SECRET: 'canary-4f1d9b27c0e8a6d35e71',
  GITLAB_TOKEN: 'glpat-CanaryTok3nNotReal0001',
  CMS_OAUTH_CLIENT_SECRET: 'c4n4ry-client-secret-7d2e91',
} as const;
