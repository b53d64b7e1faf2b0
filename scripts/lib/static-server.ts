/**
 * A minimal static file server, like a static host (used by the tests and the handbook PDF step): directory index, 404 pages
 * (the locale's own `<locale>/404.html` first, then the root one), and an optional mount path
 * so a site built with BASE_PATH is served under that sub-path. Like Netlify and Cloudflare
 * Pages, it sends the headers of the site's `_headers` file.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/utils/http-headers.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export function serveStatic(root: string, mount = '/', port = 0): Promise<StaticServer> {
  const prefix = mount.endsWith('/') ? mount : `${mount}/`;
  const headersFile = path.join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(headersFor(rules, url.pathname))) res.setHeader(name, value);
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(prefix) && pathname !== prefix.slice(0, -1)) return send404(res, root, '/');
    pathname = `/${pathname.slice(prefix.length)}`;
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return send404(res, root, pathname);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      file = path.join(file, 'index.html');
    }
    if (!existsSync(file)) return send404(res, root, pathname);
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}${prefix}`,
        // Browsers keep connections open; drop them so that closing is immediate (the offline tests stop the server).
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function send404(res: import('node:http').ServerResponse, root: string, pathname: string) {
  const first = pathname.split('/').filter(Boolean)[0];
  const candidates = [first && path.join(root, first, '404.html'), path.join(root, '404.html')].filter(Boolean) as string[];
  const page = candidates.find((c) => existsSync(c));
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
  if (page) createReadStream(page).pipe(res);
  else res.end('Not found');
}
