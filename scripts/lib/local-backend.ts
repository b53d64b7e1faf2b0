/**
 * Decap CMS's local backend (decap-server) behind a guard, for one staff member on this computer.
 *
 * decap-server alone answers any web page that reaches it: it accepts every `Host` (so a site
 * whose name is rebound to 127.0.0.1 could drive it) and reads and writes any path of the
 * repository. Here its request handlers run inside this process, behind a plain Node HTTP
 * server on 127.0.0.1 that first:
 *   - refuses a `Host` other than 127.0.0.1:<port> or localhost:<port> (DNS rebinding),
 *   - refuses an `Origin` other than the admin page's (another site's page in the browser),
 *   - reads the JSON body and refuses any path or branch outside `cms-request-policy.ts`.
 * Only then does decap-server see the request. Running decap-server's handlers in-process,
 * rather than as its own server behind a proxy, leaves no second port that a page could
 * reach around the guard.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { localBackendPort } from '../../cms/backend.ts';
import { requestPaths, requestRefusal, symlinkRefusal, type BackendMode, type BackendRequest, type PolicyContext } from './cms-request-policy.ts';

export interface LocalBackendOptions {
  /** Port on 127.0.0.1; 0 picks a free one. The built admin page expects `localBackendPort`. */
  port?: number;
  /** `fs` edits content/ in place; `git` commits, and supports the editorial workflow's review branches. */
  mode?: BackendMode;
  /** The branch the admin app works on (its `backend.branch`); git mode touches no other. */
  branch?: string;
  /** Origins of the admin page allowed to call the backend, e.g. `http://127.0.0.1:4321` for `npm run cms`. */
  adminOrigins?: readonly string[];
  /** decap-server's log level (winston): `info` shows each start, `warn` keeps tests quiet. */
  logLevel?: string;
}

export interface LocalBackend {
  /** The API address the admin app's `proxy_url` names. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The admin page of `npm run cms`: the Astro dev server on its default port. */
export const defaultAdminOrigins = ['http://127.0.0.1:4321', 'http://localhost:4321'];
/** decap-server accepts bodies up to this size (pictures travel base64-encoded). */
const maxBodyBytes = 50 * 1024 * 1024;
const apiPath = '/api/v1';

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;
interface ExpressApp extends RequestHandler {
  disable(setting: string): void;
}
type Register = (app: ExpressApp, options: { logLevel?: string }) => Promise<void>;

/**
 * decap-server's request handlers on an express app of its own dependency (decap-server exports
 * `registerLocalFs`/`registerLocalGit` for this). It reads the repository from
 * GIT_REPO_DIRECTORY while registering, synchronously, so the variable is set just for that call.
 */
async function decapApp(repo: string, mode: BackendMode, logLevel: string): Promise<ExpressApp> {
  const decapRequire = createRequire(createRequire(import.meta.url).resolve('decap-server/package.json'));
  const express = decapRequire('express') as () => ExpressApp;
  const middlewares = decapRequire('./dist/middlewares.js') as { registerLocalFs: Register; registerLocalGit: Register };
  const app = express();
  app.disable('x-powered-by');
  const previous = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = repo;
  let registering: Promise<void>;
  try {
    registering = (mode === 'git' ? middlewares.registerLocalGit : middlewares.registerLocalFs)(app, { logLevel });
  } finally {
    if (previous === undefined) delete process.env.GIT_REPO_DIRECTORY;
    else process.env.GIT_REPO_DIRECTORY = previous;
  }
  await registering;
  return app;
}

/** Why the request's `Host` or `Origin` is refused, or null. */
export function addressRefusal(headers: IncomingMessage['headers'], port: number, adminOrigins: readonly string[]): string | null {
  const host = headers.host?.toLowerCase();
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
    return `Refused: the local CMS answers only to 127.0.0.1:${port}, not to host ${JSON.stringify(headers.host ?? '')}.`;
  const origin = headers.origin;
  // Browsers send Origin with every cross-origin request and every POST; tools on this computer may not.
  if (origin !== undefined && !adminOrigins.includes(origin))
    return `Refused: the local CMS answers only to its admin page, not to pages from ${JSON.stringify(origin)}.`;
  return null;
}

function refuse(res: ServerResponse, status: number, reason: string, asJson = false): void {
  const body = asJson ? JSON.stringify({ error: reason }) : `${reason}\n`;
  res.writeHead(status, { 'Content-Type': asJson ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}

/** The request's JSON body, or a reason why it cannot be read. */
async function readJsonBody(req: IncomingMessage): Promise<{ body: BackendRequest } | { refusal: string; status: number }> {
  if (!/^application\/json(;|$)/i.test(req.headers['content-type'] ?? '')) return { refusal: 'The local CMS takes JSON requests only', status: 415 };
  if ((req.headers['content-encoding'] ?? 'identity') !== 'identity') return { refusal: 'The local CMS takes uncompressed requests only', status: 415 };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) return { refusal: 'The request is too large', status: 413 };
    chunks.push(chunk);
  }
  try {
    const body: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('not an object');
    return { body: body as BackendRequest };
  } catch {
    return { refusal: 'The request is not a JSON object in UTF-8', status: 400 };
  }
}

/** Checks one API call, then hands the already-read body to decap-server. */
async function guardApiCall(req: IncomingMessage, res: ServerResponse, repo: string, context: PolicyContext, app: ExpressApp): Promise<void> {
  const read = await readJsonBody(req);
  if ('refusal' in read) return refuse(res, read.status, read.refusal, true);
  const refusal = requestRefusal(read.body, context) ?? (await symlinkRefusal(repo, requestPaths(read.body)));
  if (refusal) return refuse(res, 403, refusal, true);
  // body-parser (decap-server's express.json) skips a request marked as parsed; it then uses exactly the object checked here.
  Object.assign(req, { body: read.body, _body: true });
  app(req, res);
}

function guard(repo: string, context: PolicyContext, adminOrigins: readonly string[], app: ExpressApp, port: () => number): RequestHandler {
  return (req, res) => {
    const refusal = addressRefusal(req.headers, port(), adminOrigins);
    if (refusal) return refuse(res, 403, refusal);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== apiPath) return refuse(res, 404, 'Not found: the local CMS answers at /api/v1 only.');
    // The CORS preflight of the admin page; decap-server's `cors` answers it.
    if (req.method === 'OPTIONS') return app(req, res);
    if (req.method !== 'POST') return refuse(res, 405, 'The local CMS takes POST requests only.');
    res.setHeader('Vary', 'Origin');
    if (req.headers.origin) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
    guardApiCall(req, res, repo, context, app).catch((error: Error) => {
      if (!res.headersSent) refuse(res, 500, `The local CMS failed: ${error.message}`, true);
      else res.destroy(error);
    });
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Starts the guarded local backend on 127.0.0.1 for the repository at `repo`. */
export async function startLocalBackend(repo: string, options: LocalBackendOptions = {}): Promise<LocalBackend> {
  const { mode = 'fs', branch = 'main', adminOrigins = defaultAdminOrigins, logLevel = 'info' } = options;
  const root = path.resolve(repo);
  const app = await decapApp(root, mode, logLevel);
  let port = 0;
  const server = createServer(guard(root, { mode, branch }, adminOrigins, app, () => port));
  port = await listen(server, options.port ?? localBackendPort);
  return {
    url: `http://127.0.0.1:${port}${apiPath}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
