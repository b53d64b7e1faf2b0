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
