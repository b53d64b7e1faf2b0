/**
 * The local CMS backend (`npm run cms`) behind its guard, started for real on a copy of
 * content/: it answers only to its own address and to the admin page, and writes only entry
 * files and pictures in content/. Every refusal below is a request that decap-server alone
 * would have carried out (or, for `../`, refused with its own 422 rather than the guard's 403).
 */
import { request } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startLocalBackend, type LocalBackend } from '../../scripts/lib/local-backend.ts';

const root = path.resolve(import.meta.dirname, '../..');
const adminOrigin = 'http://127.0.0.1:4321';
/** What the planted project files say; a refused write leaves them so. */
const untouched = '// planted by the test: must stay as it is\n';

let workspace: string;
let repo: string;
let backend: LocalBackend;

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), 'province-cms-guard-'));
  repo = path.join(workspace, 'repo');
  cpSync(path.join(root, 'content'), path.join(repo, 'content'), { recursive: true });
  mkdirSync(path.join(repo, 'scripts'));
  writeFileSync(path.join(repo, 'scripts/build.ts'), untouched);
  writeFileSync(path.join(repo, 'package.json'), untouched);
  // A language folder that is really a link to scripts/: writing "into" it would land beside build.ts.
  rmSync(path.join(repo, 'content/pages/ru'), { recursive: true });
  symlinkSync(path.join(repo, 'scripts'), path.join(repo, 'content/pages/ru'), 'dir');
  backend = await startLocalBackend(repo, { port: 0, adminOrigins: [adminOrigin], logLevel: 'warn' });
});
afterAll(async () => {
  await backend?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

interface Reply {
  status: number;
  type: string;
  text: string;
}

/** One POST to the backend with exactly these headers (node:http, so that `Host` can be forged). */
function post(body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: backend.port, path: '/api/v1', method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const entryText = (title: string) => `---\ntitle: ${title}\n---\n\nNội dung thử.\n`;

/** A persistEntry as the admin app sends it for one Vietnamese file. */
function persistEntry(filePath: string, raw = entryText('Lễ hội thử'), extra: Record<string, unknown> = {}) {
  const slug = path.posix.basename(filePath).replace(/\.mdx?$/, '');
  const collectionName = /^content\/([^/]+)\//.exec(filePath)?.[1] ?? 'festivals';
  return {
    branch: 'main',
    action: 'persistEntry',
    params: {
      branch: 'main',
      dataFiles: [{ slug, path: filePath, raw, ...extra }],
      assets: [],
      options: { collectionName, commitMessage: `Create Festivals “${slug}”`, useWorkflow: false, status: 'draft' },
    },
  };
}

function persistMedia(filePath: string, content = Buffer.from('not really a picture')) {
  return {
    branch: 'main',
    action: 'persistMedia',
    params: {
      branch: 'main',
      asset: { path: filePath, content: content.toString('base64'), encoding: 'base64' },
      options: { commitMessage: `Upload “${filePath}”` },
    },
  };
}

const inRepo = (relative: string) => path.join(repo, relative);

describe('who may call the backend', () => {
  test('a forged Host (DNS rebinding) is refused before decap-server sees the request', async () => {
    const target = 'content/festivals/vi/qua-host-gia.mdx';
    const reply = await post(persistEntry(target), { Host: `evil.example:${backend.port}` });
    expect(reply.status).toBe(403);
    expect(reply.type).toMatch(/^text\/plain/);
    expect(reply.text).toMatch(/answers only to 127\.0\.0\.1/);
    expect(existsSync(inRepo(target))).toBe(false);
  });

  test('a page of another origin is refused; the admin page and tools without an Origin are served', async () => {
    const target = 'content/festivals/vi/qua-trang-khac.mdx';
    const crossSite = await post(persistEntry(target), { Origin: 'http://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(crossSite.text).toMatch(/admin page/);
    // Another local port (some other dev server) is another origin too.
    expect((await post({ action: 'info' }, { Origin: 'http://127.0.0.1:9999' })).status).toBe(403);
    expect((await post({ action: 'info' }, { Origin: 'null' })).status).toBe(403);
    expect(existsSync(inRepo(target))).toBe(false);

    expect((await post({ action: 'info' }, { Origin: adminOrigin })).status).toBe(200);
    expect((await post({ action: 'info' }, { Host: `localhost:${backend.port}` })).status).toBe(200);
  });
});

describe('what the backend writes', () => {
  test('a legitimate new festival in Vietnamese is written under content/festivals/vi/', async () => {
    const target = 'content/festivals/vi/le-hoi-thu-nghiem.mdx';
    const reply = await post(persistEntry(target, entryText('Lễ hội thử nghiệm')), { Origin: adminOrigin });
    expect(reply.status, reply.text).toBe(200);
    expect(readFileSync(inRepo(target), 'utf8')).toBe(entryText('Lễ hội thử nghiệm'));
  });

  test('a picture uploaded to content/_media/ is written', async () => {
    const reply = await post(persistMedia('content/_media/anh-thu.jpg'));
    expect(reply.status, reply.text).toBe(200);
    expect(readFileSync(inRepo('content/_media/anh-thu.jpg'), 'utf8')).toBe('not really a picture');
  });

  test('persistEntry of a build script is refused and the script is untouched', async () => {
    const reply = await post(persistEntry('scripts/build.ts', 'process.exit(1)\n'));
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.text).error).toMatch(/only writes entries/);
    expect(readFileSync(inRepo('scripts/build.ts'), 'utf8')).toBe(untouched);
  });

  test('persistEntry of ../outside.txt is refused by the guard, and nothing is written outside', async () => {
    const reply = await post(persistEntry('../outside.txt', 'escaped\n'));
    // decap-server alone answers 422 from its own check; 403 is the guard's refusal.
    expect(reply.status).toBe(403);
    expect(existsSync(path.join(workspace, 'outside.txt'))).toBe(false);
  });

  test.each([
    ['an absolute path', '/tmp/province-cms-absolute.mdx'],
    ['content/../ climbing back out', 'content/../package.json'],
    ['a dot segment', 'content/festivals/./vi/x.mdx'],
    ['a backslash', 'content\\festivals\\vi\\x.mdx'],
    ['a NUL byte', 'content/festivals/vi/x.mdx\u0000.ts'],
    ['encoded dots', 'content/festivals/vi/%2e%2e/%2e%2e/%2e%2e/package.json'],
    ['a collection the site does not have', 'content/scripts/vi/x.mdx'],
    ['a language the site does not have', 'content/festivals/fr/x.mdx'],
    ['a file that is not an entry', 'content/festivals/vi/x.js'],
    ['a hidden file', 'content/festivals/vi/.env.mdx'],
    ['a folder too deep', 'content/festivals/vi/sub/x.mdx'],
  ])('persistEntry of %s is refused', async (_, filePath) => {
    const reply = await post(persistEntry(filePath, untouched));
    expect(reply.status, reply.text).toBe(403);
  });

  test('an entry written through a language folder that links to scripts/ is refused', async () => {
    const reply = await post(persistEntry('content/pages/ru/build.mdx', 'linked\n'));
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.text).error).toMatch(/links/);
    expect(existsSync(inRepo('scripts/build.mdx'))).toBe(false);
  });

  test('a rename may not move an entry into another folder', async () => {
    const reply = await post(persistEntry('content/festivals/vi/le-hoi-sen.mdx', entryText('Sen'), { newPath: 'content/festivals/en/le-hoi-sen.mdx' }));
    expect(reply.status).toBe(403);
    expect(existsSync(inRepo('content/festivals/vi/le-hoi-sen.mdx'))).toBe(true);
  });

  test('a picture saved with an entry must go to content/_media/', async () => {
    const body = persistEntry('content/festivals/vi/le-hoi-co-anh.mdx');
    body.params.assets = [{ path: 'public/injected.js', content: Buffer.from('alert(1)').toString('base64'), encoding: 'base64' }] as never;
    expect((await post(body)).status).toBe(403);
    expect(existsSync(inRepo('public/injected.js'))).toBe(false);
    expect(existsSync(inRepo('content/festivals/vi/le-hoi-co-anh.mdx'))).toBe(false);
  });

  test.each([
    ['outside content/', 'public/injected.js'],
    ['in the project root', 'package.json'],
    ['among the entries', 'content/festivals/vi/anh.mdx'],
    ['in a subfolder of _media', 'content/_media/sub/anh.jpg'],
    ['climbing out of _media', 'content/_media/../../package.json'],
  ])('persistMedia %s is refused', async (_, filePath) => {
    const reply = await post(persistMedia(filePath));
    expect(reply.status, reply.text).toBe(403);
    if (!filePath.includes('..') && filePath !== 'package.json') expect(existsSync(inRepo(filePath))).toBe(false);
    expect(readFileSync(inRepo('package.json'), 'utf8')).toBe(untouched);
  });

  test('deleteFile and deleteFiles outside the entries and pictures are refused', async () => {
    const options = { commitMessage: 'Delete' };
    expect((await post({ action: 'deleteFile', params: { branch: 'main', path: 'package.json', options } })).status).toBe(403);
    const both = { action: 'deleteFiles', params: { branch: 'main', paths: ['content/festivals/vi/le-hoi-sen.mdx', 'scripts/build.ts'], options } };
    expect((await post(both)).status).toBe(403);
    expect(existsSync(inRepo('package.json'))).toBe(true);
    expect(existsSync(inRepo('scripts/build.ts'))).toBe(true);
    // One bad path refuses the whole request: the entry named with it is still there.
    expect(existsSync(inRepo('content/festivals/vi/le-hoi-sen.mdx'))).toBe(true);
  });
});

describe('what the backend reads', () => {
  test('entries and pictures are read; files elsewhere in the project are not', async () => {
    const read = (action: string, params: Record<string, unknown>) => post({ action, params: { branch: 'main', ...params } });
    expect((await read('getEntry', { path: 'content/festivals/vi/le-hoi-sen.mdx' })).status).toBe(200);
    expect((await read('getMedia', { mediaFolder: 'content/_media' })).status).toBe(200);
    expect((await read('getEntry', { path: 'package.json' })).status).toBe(403);
    expect((await read('getMediaFile', { path: 'scripts/build.ts' })).status).toBe(403);
    expect((await read('entriesByFolder', { folder: 'scripts', extension: 'ts', depth: 1 })).status).toBe(403);
    expect((await read('entriesByFiles', { files: [{ path: 'content/../package.json' }] })).status).toBe(403);
    expect((await read('getEntry', { path: 'content/pages/ru/build.ts' })).status).toBe(403);
  });

  test('an action decap-server does not have, or a body that is not JSON, is refused', async () => {
    expect((await post({ action: 'runShell', params: { branch: 'main' } })).status).toBe(403);
    expect((await post('action=info', { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await post('{"action":')).status).toBe(400);
  });
});
