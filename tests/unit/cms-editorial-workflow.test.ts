/**
 * Decap's editorial workflow, proven on git: the local backend (decap-server in git mode, behind
 * the guard of scripts/lib/local-backend.ts) on a temporary repository holding a copy of
 * content/ on `main`. A new Vietnamese festival is saved as a draft, moved to "in review" and
 * "ready", and published, with the requests the admin app's proxy backend sends (Decap's
 * `ProxyBackend` in decap-cms-backend-proxy: `{ action, params: { branch, … } }`). Git shows the
 * entry on its own branch cms/festivals/<slug>, absent from main until it is published and on
 * main afterwards. On GitLab the same steps are a merge request per entry (see cms/GUIDE.*.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseFrontmatter } from '../../src/model/frontmatter.ts';
import { startLocalBackend, type LocalBackend } from '../../scripts/lib/local-backend.ts';
import { createWorkflowRepo, workflowEntry, type WorkflowRepo } from '../support/workflow-repo.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { title, slug, path: entryPath, branch: reviewBranch } = workflowEntry;

let repo: WorkflowRepo;
let backend: LocalBackend;
const git = (...args: string[]) => repo.git(...args);
const existsOn = (ref: string, file: string) => repo.existsOn(ref, file);

beforeAll(async () => {
  repo = createWorkflowRepo(root, 'province-cms-workflow-');
  backend = await startLocalBackend(repo.dir, { port: 0, mode: 'git', branch: 'main', logLevel: 'warn' });
});
afterAll(async () => {
  await backend?.stop();
  repo?.remove();
});

/** One call as the admin app's proxy backend makes it. */
async function call(action: string, params: Record<string, unknown> = {}): Promise<{ status: number; json: unknown }> {
  const response = await fetch(backend.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ branch: 'main', action, params: { branch: 'main', ...params } }),
  });
  return { status: response.status, json: await response.json() };
}

/** The new festival's Vietnamese file: a demo festival with a new title, so that it is a valid entry. */
function newFestivalText(): string {
  const source = readFileSync(path.join(root, 'content/festivals/vi/le-hoi-sen.mdx'), 'utf8');
  return source.replace(/^title: .*$/m, `title: ${title}`);
}

/** The status the workflow board shows for the entry (decap-server reads it from the branch's description). */
async function boardStatus(): Promise<unknown> {
  const { status, json } = await call('unpublishedEntry', { id: `festivals/${slug}` });
  expect(status).toBe(200);
  return (json as { status: string }).status;
}

describe('the editorial workflow on git', () => {
  test('the local backend in git mode offers the editorial workflow', async () => {
    const { json } = await call('info');
    expect(json).toMatchObject({ type: 'local_git', publish_modes: expect.arrayContaining(['editorial_workflow']) });
  });

  test('a new festival saved as a draft gets its own branch, and main does not have it', async () => {
    const saved = await call('persistEntry', {
      dataFiles: [{ path: entryPath, slug, raw: newFestivalText() }],
      assets: [],
      options: {
        newEntry: true,
        commitMessage: `Create Festivals “${slug}”`,
        collectionName: 'festivals',
        useWorkflow: true,
        hasSubfolders: true,
        unpublished: true,
        status: 'draft',
      },
    });
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);

    expect(git('branch', '--list', 'cms/*')).toContain(reviewBranch);
    expect(git('log', '--format=%s', reviewBranch, '--', entryPath)).toBe(`Create Festivals “${slug}”`);
    expect(existsOn(reviewBranch, entryPath)).toBe(true);
    expect(existsOn('main', entryPath)).toBe(false);
    expect(git('log', 'main', '--', entryPath)).toBe('');
    expect((await call('unpublishedEntries')).json).toEqual([`festivals/${slug}`]);
    expect(await boardStatus()).toBe('draft');
    // Opening the draft reads each language's file from its branch; `id` is then a file id, not "collection/slug".
    const opened = await call('unpublishedEntryDataFile', { collection: 'festivals', slug, path: entryPath, id: entryPath });
    expect(opened.status, JSON.stringify(opened.json)).toBe(200);
    expect((opened.json as { data: string }).data).toBe(newFestivalText());
  });

  test('it moves to "in review", then "ready", and main still does not have it', async () => {
    for (const newStatus of ['pending_review', 'pending_publish']) {
      const moved = await call('updateUnpublishedEntryStatus', { collection: 'festivals', slug, newStatus });
      expect(moved.status, JSON.stringify(moved.json)).toBe(200);
      expect(await boardStatus()).toBe(newStatus);
      expect(git('config', `branch.${reviewBranch}.description`)).toBe(`decap-cms/${newStatus}`);
      expect(existsOn('main', entryPath)).toBe(false);
    }
  });

  test('publishing merges the branch: the festival is on main and its branch is gone', async () => {
    const published = await call('publishUnpublishedEntry', { collection: 'festivals', slug });
    expect(published.status, JSON.stringify(published.json)).toBe(200);

    expect(existsOn('main', entryPath)).toBe(true);
    expect(parseFrontmatter(git('show', `main:${entryPath}`))!.data.title).toBe(title);
    expect(git('log', '--format=%s', 'main', '--', entryPath)).toBe(`Create Festivals “${slug}”`);
    expect(git('branch', '--list', reviewBranch)).toBe('');
    expect((await call('unpublishedEntries')).json).toEqual([]);
    // The working tree is back on main, with the published file in it.
    expect(git('branch', '--show-current')).toBe('main');
    expect(readFileSync(path.join(repo.dir, entryPath), 'utf8')).toBe(newFestivalText());
  });

  test('in git mode the guard refuses another branch and review branches of unknown collections', async () => {
    const otherBranch = await fetch(backend.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'getEntry', params: { branch: '--orphan=x', path: 'content/festivals/vi/le-hoi-sen.mdx' } }),
    });
    expect(otherBranch.status).toBe(403);
    expect((await call('publishUnpublishedEntry', { collection: '../scripts', slug })).status).toBe(403);
    expect((await call('updateUnpublishedEntryStatus', { collection: 'festivals', slug, newStatus: 'published' })).status).toBe(403);
    expect(git('branch', '--list')).toBe('* main');
  });
});
