/**
 * The CMS as a staff member uses it: the built /admin/ page against decap-server (the local
 * backend) editing a copy of the project. Logging in, every collection, Vietnamese and English
 * side by side, a new festival with a photo and two translations that a rebuild turns into
 * pages, saves that are refused because the build would fail, and a news item's related
 * entries picked by title and checked with the backend before saving.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { localBackendPort } from '../../cms/backend.ts';
import { cmsCollections } from '../../cms/collections/index.ts';
import { parseFrontmatter } from '../../src/model/frontmatter.ts';
import { collectionNames } from '../../src/model/collections.ts';
import { areaOptions } from '../../cms/collections/common.ts';
import { startLocalBackend, type LocalBackend } from '../../scripts/lib/local-backend.ts';
import { useBrowser, viewports } from '../support/browser.ts';
import { root } from '../support/site.ts';

const site = inject('siteUrl');
const browser = useBrowser();
let repo: string;
let backend: LocalBackend;
/** Requests the admin app made to anywhere but the site and the local backend. */
const outside: string[] = [];
/** What the admin page's Content-Security-Policy refused, over every test of this file. */
const refused: string[] = [];

beforeAll(async () => {
  repo = mkdtempSync(path.join(tmpdir(), 'province-cms-'));
  for (const item of ['src', 'scripts', 'cms', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(root, item), path.join(repo, item), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
  // The admin page is served by the test setup; the backend answers only to its origin.
  backend = await startLocalBackend(repo, { adminOrigins: [new URL(site).origin] });
});
afterAll(async () => {
  await backend?.stop();
  rmSync(repo, { recursive: true, force: true });
});

async function openAdmin(hash = ''): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({ viewport: viewports.desktop });
  const allowed = [new URL(site).origin, `http://127.0.0.1:${localBackendPort}`];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed.some((origin) => url.startsWith(origin)) || /^(blob|data):/.test(url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  context.on('page', (p) => p.on('console', (m) => /Content Security Policy/i.test(m.text()) && refused.push(m.text())));
  const page = await context.newPage();
  await page.goto(`${site}admin/`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: 'Lễ hội', exact: true }).waitFor();
  if (hash) await page.goto(`${site}admin/#${hash}`);
  return { context, page };
}

/** A form field by its label; `pane` 0 is the Vietnamese column, 1 the translation next to it. */
const field = (page: Page, label: string, pane = 0) => page.getByLabel(label, { exact: true }).nth(pane);
const altLabel = 'Mô tả ảnh cho người không nhìn thấy (alt)';

async function fillVietnamese(page: Page, title: string) {
  await field(page, 'Tiêu đề').fill(title);
  await field(page, 'Mô tả ngắn').fill('Ba đêm đờn ca tài tử bên bờ sông Tiền, với các nhóm nghệ nhân từ khắp tỉnh.');
  await page
    .getByText(/Add thời gian tổ chức/i)
    .first()
    .click();
  await page.getByText('Dương lịch', { exact: true }).first().click();
  await field(page, 'Ngày bắt đầu').fill('2027-03-15');
  await field(page, 'Tên địa điểm').fill('Quảng trường Cao Lãnh');
  await field(page, 'Xã, phường').click();
  await page.keyboard.type('Phường Cao Lãnh');
  await page.keyboard.press('Enter');
  await field(page, 'Vĩ độ (lat)').fill('10.4602');
  await field(page, 'Kinh độ (lng)').fill('105.6329');
  await field(page, 'Đơn vị tổ chức').fill('Sở Văn hoá, Thể thao và Du lịch');
}

interface Translation {
  title: string;
  description?: string;
  place?: string;
  organizer?: string;
  alt?: string;
}

async function fillTranslation(page: Page, t: Translation) {
  await field(page, 'Tiêu đề', 1).fill(t.title);
  if (t.description) await field(page, 'Mô tả ngắn', 1).fill(t.description);
  if (t.place) await field(page, 'Tên địa điểm', 1).fill(t.place);
  if (t.organizer) await field(page, 'Đơn vị tổ chức', 1).fill(t.organizer);
  if (t.alt) {
    await page.getByRole('button', { name: 'Add ảnh' }).nth(1).click();
    await field(page, altLabel, 1).fill(t.alt);
  }
}

async function showInSecondPane(page: Page, locale: string) {
  await page
    .getByText(/^Writing in /)
    .nth(1)
    .click();
  await page.getByRole('menuitem', { name: new RegExp(`^${locale}$`, 'i') }).click();
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Công bố' }).first().click();
  await page.getByText('Công bố ngay').click();
}

const festivalFile = (locale: string, slug: string) => path.join(repo, 'content/festivals', locale, `${slug}.mdx`);

describe('the admin app', () => {
  test('is not indexed and bundles Decap from npm: the CMS loads nothing from another host', async () => {
    const html = await (await fetch(`${site}admin/`)).text();
    const $ = cheerio.load(html);
    expect($('meta[name="robots"]').attr('content')).toMatch(/noindex/);
    for (const src of $('script[src]')
      .map((_, s) => $(s).attr('src'))
      .get())
      expect(src).toMatch(/^\/_astro\//);
    const { context, page } = await openAdmin();
    await page.getByRole('link', { name: 'Trang thông tin', exact: true }).waitFor();
    expect(outside).toEqual([]);
    await context.close();
  });

  test('logs in with the local backend and lists every collection, in Vietnamese', async () => {
    const { context, page } = await openAdmin();
    const links = page.locator('nav a, aside a');
    for (const name of collectionNames) {
      await expect.poll(() => page.getByRole('link', { name: cmsCollections[name].label[0], exact: true }).count(), { timeout: 15_000 }).toBe(1);
    }
    expect(await links.count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Sản phẩm OCOP', exact: true }).click();
    await expect.poll(() => page.getByText('Trà sen Tháp Mười').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await context.close();
  });

  test('switches its interface to English and back', async () => {
    const { context, page } = await openAdmin();
    await page.getByRole('button', { name: 'English interface' }).click();
    // The page reloads in English; the login is remembered.
    await page.getByRole('link', { name: cmsCollections.festivals.label[1], exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Giao diện tiếng Việt' }).getAttribute('lang')).toBe('vi');
    await page.getByRole('button', { name: 'Giao diện tiếng Việt' }).click();
    await page.getByRole('link', { name: cmsCollections.festivals.label[0], exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await context.close();
  });
});

describe('editing', () => {
  test('opens an entry with the Vietnamese text and its English translation side by side', async () => {
    const { context, page } = await openAdmin('/collections/festivals/entries/le-hoi-sen');
    const read = (locale: string) => parseFrontmatter(readFileSync(path.join(root, `content/festivals/${locale}/le-hoi-sen.mdx`), 'utf8'))!.data;
    await expect.poll(() => field(page, 'Tiêu đề', 0).inputValue(), { timeout: 15_000 }).toBe(read('vi').title);
    expect(await field(page, 'Tiêu đề', 1).inputValue()).toBe(read('en').title);
    expect(await field(page, 'Mô tả ngắn', 1).inputValue()).toBe(read('en').description);
    // A shared value is shown, read-only, in the translation's column.
    const area = areaOptions[(read('vi').place as { area: string }).area]![0];
    await expect.poll(() => page.getByText(area, { exact: true }).count(), { timeout: 15_000 }).toBe(2);
    await showInSecondPane(page, 'ja');
    await expect.poll(() => field(page, 'Tiêu đề', 1).inputValue(), { timeout: 15_000 }).toBe(read('ja').title);
    await context.close();
  });

  test('a new festival with a photo, in Vietnamese, English and Japanese, becomes pages after a rebuild', async () => {
    const { context, page } = await openAdmin('/collections/festivals/new');
    await fillVietnamese(page, 'Lễ hội Đờn ca tài tử Cao Lãnh');
    // Upload a photo through the media library and describe it.
    const photo = path.join(repo, 'upload', 'don-ca-tai-tu.jpg');
    mkdirSync(path.dirname(photo), { recursive: true });
    cpSync(path.join(root, 'content/_media/lotus-field.jpg'), photo);
    await page.getByRole('button', { name: 'Add ảnh' }).first().click();
    await page.getByText('Chọn một hình').first().click();
    await page.locator('input[type=file]').first().setInputFiles(photo);
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await field(page, altLabel).fill('Nghệ nhân đờn kìm và ca vọng cổ trên sân khấu ngoài trời');
    await fillTranslation(page, {
      title: 'Cao Lanh Don Ca Tai Tu Festival',
      description: 'Three nights of southern amateur music by the Tien River, with folk artists from across the province.',
      place: 'Cao Lanh Square',
      organizer: 'Department of Culture, Sports and Tourism',
      alt: 'Folk musicians playing the moon lute and singing on an open-air stage',
    });
    await showInSecondPane(page, 'ja');
    await fillTranslation(page, {
      title: 'カオラン・ドンカータイトゥ祭り',
      description: 'ティエン川のほとりで三夜にわたり、省内各地の芸人が南部の民俗音楽を披露します。',
      place: 'カオラン広場',
      organizer: '文化・スポーツ・観光局',
      alt: '野外ステージで月琴を弾き歌う民俗音楽の芸人たち',
    });
    await publish(page);

    const slug = 'le-hoi-don-ca-tai-tu-cao-lanh';
    await expect.poll(() => existsSync(festivalFile('ja', slug)), { timeout: 15_000 }).toBe(true);
    await context.close();
    const vi = parseFrontmatter(readFileSync(festivalFile('vi', slug), 'utf8'))!.data;
    expect(vi).toMatchObject({
      title: 'Lễ hội Đờn ca tài tử Cao Lãnh',
      dateRule: { calendar: 'gregorian', start: '2027-03-15' },
      place: { area: 'cao-lanh', coordinates: { lat: 10.4602, lng: 105.6329 } },
      images: [{ src: '../../_media/don-ca-tai-tu.jpg', alt: 'Nghệ nhân đờn kìm và ca vọng cổ trên sân khấu ngoài trời' }],
    });
    expect(existsSync(path.join(repo, 'content/_media/don-ca-tai-tu.jpg'))).toBe(true);
    // Languages nobody translated get no file, so the site falls back instead of breaking.
    for (const locale of ['zh', 'ko', 'ru']) expect(existsSync(festivalFile(locale, slug))).toBe(false);

    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, OUT_DIR: 'dist', BASE_PATH: '/', CHROMIUM_PATH: '/nonexistent/chromium' },
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const built = (urlPath: string) => cheerio.load(readFileSync(path.join(repo, 'dist', urlPath, 'index.html'), 'utf8'));
    const viPage = built(`festivals/${slug}`);
    expect(viPage('h1').text()).toBe('Lễ hội Đờn ca tài tử Cao Lãnh');
    expect(viPage('.hero-image img').attr('alt')).toBe('Nghệ nhân đờn kìm và ca vọng cổ trên sân khấu ngoài trời');
    const enPage = built(`en/festivals/${slug}`);
    expect(enPage('h1').text()).toBe('Cao Lanh Don Ca Tai Tu Festival');
    expect(enPage('.hero-image img').attr('alt')).toBe('Folk musicians playing the moon lute and singing on an open-air stage');
    expect(enPage('[data-fallback-notice]').length).toBe(0);
    const jaPage = built(`ja/festivals/${slug}`);
    expect(jaPage('h1').text()).toBe('カオラン・ドンカータイトゥ祭り');
    expect(jaPage('.hero-image source[type="image/avif"]').attr('srcset')).toMatch(/\.avif 1600w/);
    expect(jaPage('.hero-image img').attr('alt')).toBe('野外ステージで月琴を弾き歌う民俗音楽の芸人たち');
    expect(built(`ko/festivals/${slug}`)('[data-fallback-notice]').length).toBe(1);
    expect(built('festivals')('body').text()).toContain('Lễ hội Đờn ca tài tử Cao Lãnh');
  }, 600_000);
});

describe('saves that would break the build are refused', () => {
  test('a required field left empty', async () => {
    const { context, page } = await openAdmin('/collections/festivals/new');
    await field(page, 'Tiêu đề').fill('Lễ hội chưa điền xong');
    await publish(page);
    // Decap's own check: a notice, and the empty required fields marked with their label.
    await expect.poll(() => page.getByText('Bạn còn thiếu vài thông tin bắt buộc').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByText('Mô tả ngắn bắt buộc nhập.').count()).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    expect(existsSync(festivalFile('vi', 'le-hoi-chua-dien-xong'))).toBe(false);
    await context.close();
  });

  test('a translation that was started but misses required text', async () => {
    const { context, page } = await openAdmin('/collections/festivals/new');
    await fillVietnamese(page, 'Lễ hội thử bản dịch dở dang');
    await fillTranslation(page, { title: 'Half-translated festival' });
    await publish(page);
    const toast = page.getByText(/Chưa lưu được/);
    await expect.poll(() => toast.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await toast.first().innerText()).toContain('English – Mô tả ngắn');
    expect(existsSync(festivalFile('vi', 'le-hoi-thu-ban-dich-do-dang'))).toBe(false);
    expect(existsSync(festivalFile('en', 'le-hoi-thu-ban-dich-do-dang'))).toBe(false);
    await context.close();
  });
});

describe('news items name other entries by picking them', () => {
  const newsFile = (slug: string) => path.join(repo, 'content/news/vi', `${slug}.mdx`);
  const toast = (page: Page) => page.getByText(/Chưa lưu được/);

  test('a festival shows by its title, a product picked by title is saved by file name, and broken references are refused', async () => {
    const slug = 'tin-thu-lien-quan';
    mkdirSync(path.dirname(newsFile(slug)), { recursive: true });
    writeFileSync(
      newsFile(slug),
      [
        '---',
        'title: Lễ hội Sen đón khách',
        'description: Tin thử cho trang quản trị.',
        'date: "2026-06-05"',
        'category: press-release',
        'images:',
        '  - src: ../../_media/lotus-field.jpg',
        '    alt: Cánh đồng sen',
        'spokesperson:',
        '  name: Nguyễn Văn A',
        '  role: Phó Giám đốc Sở',
        '  phone: "+84 277 3851 234"',
        '  email: baochi@dongthap.example',
        'related:',
        '  festivals:',
        '    - le-hoi-sen',
        '---',
        '',
        'Nội dung.',
        '',
      ].join('\n'),
    );
    const festival = path.join(repo, 'content/festivals/vi/le-hoi-sen.mdx');
    const { context, page } = await openAdmin(`/collections/news/entries/${slug}`);
    const pick = async (label: RegExp, typed: string, option: RegExp) => {
      await page.getByLabel(label).first().click();
      await page.keyboard.type(typed);
      await page.getByText(option).first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Enter');
    };
    // The relation widget shows the stored file name as the festival's title.
    await page.getByText('Lễ hội Sen Đồng Tháp').first().waitFor({ timeout: 30_000 });
    await pick(/^Sản phẩm OCOP liên quan/, 'Chiếu', /Chiếu Định Yên/);
    await publish(page);
    await expect
      .poll(() => parseFrontmatter(readFileSync(newsFile(slug), 'utf8'))!.data.related, { timeout: 15_000 })
      .toEqual({ festivals: ['le-hoi-sen'], products: ['chieu-dinh-yen'] });

    // A correction must name the item it corrects.
    await page
      .getByLabel(/^Chuyên mục/)
      .first()
      .click();
    await page.getByText('Đính chính', { exact: true }).first().click();
    await publish(page);
    await expect.poll(() => toast(page).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await toast(page).first().innerText()).toContain('Tiếng Việt – Tin được đính chính: tin chuyên mục "Đính chính" phải chọn tin được đính chính');
    await context.close();

    // A related entry deleted since it was picked: the backend says it is gone.
    const moved = path.join(repo, 'le-hoi-sen.mdx');
    renameSync(festival, moved);
    try {
      const again = await openAdmin(`/collections/news/entries/${slug}`);
      await field(again.page, 'Tiêu đề').waitFor({ timeout: 15_000 });
      await again.page.waitForTimeout(2000);
      await field(again.page, 'Tiêu đề').fill('Lễ hội Sen đón khách (sửa)');
      await publish(again.page);
      await expect.poll(() => toast(again.page).count(), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await toast(again.page).first().innerText()).toContain('Nội dung liên quan › Lễ hội liên quan › 1: không có lễ hội "le-hoi-sen"');
      expect(parseFrontmatter(readFileSync(newsFile(slug), 'utf8'))!.data.title).toBe('Lễ hội Sen đón khách');
      await again.context.close();
    } finally {
      renameSync(moved, festival);
    }
  }, 300_000);
});

test('everything above ran under the Content-Security-Policy of the admin page, with nothing refused', () => {
  expect(refused).toEqual([]);
});
