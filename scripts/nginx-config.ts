/**
 * `npm run nginx:config [root]`: prints an nginx server block that sends the same security
 * headers as the built site's `_headers` file (framing, Content-Security-Policy with the
 * build's script hashes, and the rest). Run it after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from '../src/config/site.ts';
import { nginxConfig, parseHeadersFile } from '../src/utils/http-headers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const headers = path.resolve(root, process.env.OUT_DIR ?? 'dist', '_headers');
if (!existsSync(headers)) {
  console.error(`No ${path.relative(root, headers)}: run npm run build first.`);
  process.exit(1);
}
process.stdout.write(nginxConfig(site.basePath, parseHeadersFile(readFileSync(headers, 'utf8')), process.argv[2]));
