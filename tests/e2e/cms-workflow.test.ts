/**
 * Decap's editorial workflow through the real admin UI: the built /admin/ page against the local
 * backend in git mode (decap-server behind the guard of scripts/lib/local-backend.ts) on a
 * temporary git repository holding a copy of content/ on `main`. A staff member saves a new
 * Vietnamese festival, moves it from draft to "in review" to "ready" and publishes it; git shows
 * the entry on its own branch cms/festivals/<slug>, absent from main until it is published.
 *
 * The test build's admin config uses the local backend without review (its file mode writes
 * straight to content/, so `backendFromEnv` gives it `publish_mode: simple`). The editorial
 * workflow is a single config value, `publish_mode: editorial_workflow`, which a GitLab or GitHub
 * build has; the test sets it in the page before Decap reads its config.
 * The API-level twin of this test, which needs no built site, is tests/unit/cms-editorial-workflow.test.ts.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { localBackendPort } from '../../cms/backend.ts';
import { parseFrontmatter } from '../../src/model/frontmatter.ts';
import { startLocalBackend, type LocalBackend } from '../../scripts/lib/local-backend.ts';
import { useBrowser, viewports } from '../support/browser.ts';
import { root } from '../support/site.ts';
import { createWorkflowRepo, workflowEntry, type WorkflowRepo } from '../support/workflow-repo.ts';

const site = inject('siteUrl');
const browser = useBrowser();
const { title, slug, path: entryPath, branch: reviewBranch } = workflowEntry;

let repo: WorkflowRepo;
let backend: LocalBackend;
let context: BrowserContext;
let page: Page;
const git = (...args: string[]) => repo.git(...args);
const existsOn = (ref: string, file: string) => repo.existsOn(ref, file);
const branchStatus = () => repo.branchStatus();

beforeAll(async () => {
  repo = createWorkflowRepo(root, 'province-cms-workflow-ui-');
  // The built admin page calls the local backend's usual port, which its Content-Security-Policy allows.
  backend = await startLocalBackend(repo.dir, { port: localBackendPort, mode: 'git', adminOrigins: [new URL(site).origin], logLevel: 'warn' });

  context = await browser().newContext({ viewport: viewports.desktop });
  const allowed = [new URL(site).origin, `http://127.0.0.1:${localBackendPort}`];
  await context.route('**/*', (route) => (allowed.some((origin) => route.request().url().startsWith(origin)) ? route.continue() : route.abort()));
  // The admin page parses its config with JSON.parse; this turns the workflow on in it.
  await context.addInitScript(() => {
    const parse = JSON.parse;
    JSON.parse = function (text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) {
      const value = parse(text, reviver);
      if (value?.vi?.backend && value?.en?.backend) for (const ui of ['vi', 'en']) value[ui].publish_mode = 'editorial_workflow';
      return value;
    };
  });
  page = await context.newPage();
  // Publishing asks "Bạn có chắc rằng bạn muốn công bố mục này?" in a confirm box.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${site}admin/`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: 'Lễ hội', exact: true }).waitFor();
});
afterAll(async () => {
  await context?.close();
  await backend?.stop();
  repo?.remove();
});

const field = (label: string) => page.getByLabel(label, { exact: true }).first();
const statusButton = () => page.getByRole('button', { name: /^Trạng: / });

async function fillNewFestival() {
  await field('Tiêu đề').fill(title);
  await field('Mô tả ngắn').fill('Ba đêm đờn ca tài tử bên bờ sông Tiền, với các nhóm nghệ nhân từ khắp tỉnh.');
  await page
    .getByText(/Add thời gian tổ chức/i)
    .first()
    .click();
  await page.getByText('Dương lịch', { exact: true }).first().click();
  await field('Ngày bắt đầu').fill('2027-03-15');
  await field('Tên địa điểm').fill('Quảng trường Cao Lãnh');
  await field('Xã, phường').click();
  await page.keyboard.type('Phường Cao Lãnh');
  await page.keyboard.press('Enter');
  await field('Vĩ độ (lat)').fill('10.4602');
  await field('Kinh độ (lng)').fill('105.6329');
  await field('Đơn vị tổ chức').fill('Sở Văn hoá, Thể thao và Du lịch');
}

/** Picks a status in the editor's status menu ("Bản nháp", "Đang xét duyệt", "Sẵn sàng"). */
async function setStatus(label: string) {
  await statusButton().click();
  await page.getByRole('menuitem', { name: label, exact: true }).click();
  await expect.poll(() => statusButton().innerText(), { timeout: 15_000 }).toBe(`Trạng: ${label}`);
}

/** The summary line of the workflow board ("Biên tập"). */
async function boardSummary(): Promise<string> {
  await page.goto(`${site}admin/#/workflow`);
  const summary = page.getByText(/bài đang chờ duyệt/);
  await summary.waitFor({ timeout: 15_000 });
  return (await summary.innerText()).trim();
}

async function openEntry() {
  await page.goto(`${site}admin/#/collections/festivals/entries/${slug}`);
  await statusButton().waitFor({ timeout: 15_000 });
}

describe('the editorial workflow in the admin app, on git', () => {
  test('"Lưu" saves a new festival as a draft on its own branch; main does not have it', async () => {
    await page.goto(`${site}admin/#/collections/festivals/new`);
    await fillNewFestival();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => git('branch', '--list', reviewBranch), { timeout: 15_000 }).toContain(reviewBranch);
    expect(await statusButton().innerText()).toBe('Trạng: Bản nháp');
    expect(branchStatus()).toBe('decap-cms/draft');
    expect(existsOn(reviewBranch, entryPath)).toBe(true);
    expect(existsOn('main', entryPath)).toBe(false);
  }, 300_000);

  test('"Đang xét duyệt" (in review): the board counts it as waiting for review; main does not have it', async () => {
    await setStatus('Đang xét duyệt');
    await expect.poll(branchStatus, { timeout: 15_000 }).toBe('decap-cms/pending_review');
    expect(await boardSummary()).toBe('1 bài đang chờ duyệt, 0 bài đã sẵn sàng để công bố.');
    expect(existsOn('main', entryPath)).toBe(false);
  });

  test('"Sẵn sàng" (ready): the board counts it as ready; main still does not have it', async () => {
    await openEntry();
    await setStatus('Sẵn sàng');
    await expect.poll(branchStatus, { timeout: 15_000 }).toBe('decap-cms/pending_publish');
    expect(await boardSummary()).toBe('0 bài đang chờ duyệt, 1 bài đã sẵn sàng để công bố.');
    expect(existsOn('main', entryPath)).toBe(false);
  });

  test('"Công bố ngay" publishes: the festival is merged into main and its branch is gone', async () => {
    await openEntry();
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
    await expect.poll(() => existsOn('main', entryPath), { timeout: 15_000 }).toBe(true);
    expect(parseFrontmatter(git('show', `main:${entryPath}`))!.data.title).toBe(title);
    expect(git('log', '--format=%s', 'main', '--', entryPath)).toMatch(new RegExp(slug));
    await expect.poll(() => git('branch', '--list', reviewBranch), { timeout: 15_000 }).toBe('');
    expect(git('branch', '--show-current')).toBe('main');
  });
});
