/**
 * Videos, on the scenario site of tests/fixtures/sites/videos/ (a copy of the project with a clip
 * file captioned in six languages, YouTube, Facebook and TikTok videos, a news item and an
 * infographic), built by the real build script and served with its own `_headers`:
 *
 * - a YouTube, Facebook or TikTok video fetches nothing from its host until the reader presses
 *   play; then the host's player is framed, with focus in it, and the policy allows it;
 * - clip files play from the site itself, and every caption track loads, the reader's shown first;
 * - each page's Content-Security-Policy frames exactly the players it needs (meta, `_headers`
 *   and the nginx sample agree), and no other page frames anything;
 * - VideoObject JSON-LD has what search engines require, with absolute URLs;
 * - the kiosk plays the clip muted with the deck's captions, and moves on when it ends.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlFiles, urlPathOf } from '../../scripts/lib/built-html.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { getLocale, localeCodes, type Locale } from '../../src/config/locales.ts';
import { useTranslations } from '../../src/i18n/createTranslator.ts';
import { headersFor, parseHeadersFile } from '../../src/utils/http-headers.ts';
import { localizedPath } from '../../src/utils/urls.ts';
import { isoDuration, parseVideoAddress, playerOrigins } from '../../src/utils/video.ts';
import { addVideos, clipSeconds, facebookAddress, tiktokAddress, videoPages, youtubeAddress } from '../fixtures/sites/videos/scenario.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser, viewports } from '../support/browser.ts';
import { copyProject, type BuildRun, type ProjectCopy } from '../support/project-copy.ts';
import { htmlErrors } from '../support/vnu.ts';

let copy: ProjectCopy;
let run: BuildRun;
let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  copy = copyProject('province-videos-');
  addVideos(copy.dir);
  run = copy.build();
  dist = path.join(copy.dir, 'dist');
  if (run.status === 0) server = await serveStatic(dist);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  copy?.remove();
});

const youtube = parseVideoAddress(youtubeAddress)!;
const facebook = parseVideoAddress(facebookAddress)!;
const tiktok = parseVideoAddress(tiktokAddress)!;
/** Every host a video player, its pictures, scripts, fonts, trackers or ads could come from. */
const videoHostNames =
  /(^|\.)(youtube|youtube-nocookie|youtu|ytimg|ggpht|googlevideo|google|googleapis|gstatic|doubleclick|facebook|fbcdn|fb|tiktok|tiktokcdn|tiktokv|ttwstatic|byteoversea|ibytedtos)\.[a-z.]+$/;
const pageUrl = (locale: Locale, slug: string) => `${server.url}${localizedPath(locale, slug).slice(1)}`;
const directive = (policy: string, name: string) => policy.split(/;\s*/).find((d) => d.startsWith(`${name} `)) ?? '';
const metaPolicy = ($: cheerio.CheerioAPI) => $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
const builtPage = (urlPath: string) => cheerio.load(readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8'));

interface Recorded {
  page: Page;
  /** Every request the page made (or tried to make), in order. */
  requests: string[];
  /** Requests to any other origin than the site's: each was refused, so nothing reached the internet. */
  elsewhere: () => string[];
  violations: () => Promise<string[]>;
}

/** Opens a page that records every request and every CSP violation, and refuses (aborts) every request that leaves the site. */
async function openRecorded(url: string, options: BrowserContextOptions = {}): Promise<Recorded> {
  const context = await browser.newContext({ viewport: viewports.phone, ...options });
  const origin = new URL(server.url).origin;
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient')));
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  return {
    page,
    requests,
    elsewhere: () => requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:')),
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

/** Scrolls through the page so that every lazy picture loads, then waits for the network to settle. */
async function readToTheEnd(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState('networkidle');
}

test('the scenario site builds', () => {
  expect(run.status, run.output.slice(-3000)).toBe(0);
  expect(run.output).toMatch(/12 of them with a video player they may frame after a click/);
});

describe('YouTube, Facebook and TikTok videos are facades', () => {
  test('nothing is fetched from YouTube before play; on play its player is framed, focused and allowed by the policy', async () => {
    const vi = useTranslations('vi');
    const { page, requests, elsewhere, violations } = await openRecorded(pageUrl('vi', videoPages.youtube));
    await readToTheEnd(page);
    // Before the click: our poster and a button, no frame, no hint to the browser to contact the host.
    expect(elsewhere()).toEqual([]);
    expect(requests.filter((r) => videoHostNames.test(new URL(r).hostname))).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
    expect(await page.locator('link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="preload"][href^="http"]').count()).toBe(0);
    const facade = page.locator('[data-video-facade]');
    expect(await facade.locator('img').evaluate((img: HTMLImageElement) => new URL(img.currentSrc).origin)).toBe(new URL(server.url).origin);
    // Without script the button could not work, so the plain link out is there regardless.
    const link = page.getByRole('link', { name: vi('video.watchOn', { host: 'YouTube' }) });
    expect(await link.getAttribute('href')).toBe(youtube.watchUrl);
    expect(await page.locator('.video__note').innerText()).toContain(vi('video.thirdParty', { host: 'YouTube' }));

    const title = 'Đồng Tháp – đất sen hồng';
    await page.getByRole('button', { name: vi('video.play', { title }) }).click();
    const frame = page.locator('[data-video-facade] iframe');
    await frame.waitFor({ state: 'attached' });
    expect(await frame.getAttribute('src')).toBe(youtube.playerUrl);
    expect(await frame.getAttribute('title')).toBe(title);
    expect(await frame.getAttribute('allow')).toBe('autoplay; encrypted-media; picture-in-picture; fullscreen');
    expect(await frame.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    expect(await page.getByRole('button', { name: vi('video.play', { title }) }).count()).toBe(0);
    // The browser tried to load the player, from the no-cookie host and only that; the test refused it, not the policy.
    await expect.poll(elsewhere).toEqual([youtube.playerUrl]);
    expect(new URL(elsewhere()[0]!).origin).toBe(playerOrigins.youtube);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  test('Facebook and TikTok: the same, each player from its own host, on a page in another language', async () => {
    const ru = useTranslations('ru');
    const { page, elsewhere, violations } = await openRecorded(pageUrl('ru', videoPages.social));
    await readToTheEnd(page);
    expect(elsewhere()).toEqual([]);
    expect(await page.getByRole('link', { name: ru('video.watchOn', { host: 'Facebook' }) }).getAttribute('href')).toBe(facebook.watchUrl);
    expect(await page.getByRole('link', { name: ru('video.watchOn', { host: 'TikTok' }) }).getAttribute('href')).toBe(tiktok.watchUrl);
    const buttons = page.locator('[data-video-facade] button');
    expect(await buttons.count()).toBe(2);
    await buttons.first().click();
    await expect.poll(elsewhere).toEqual([facebook.playerUrl]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('src'))).toBe(facebook.playerUrl);
    await page.locator('[data-video-facade] button').first().click();
    await expect.poll(elsewhere).toEqual([facebook.playerUrl, tiktok.playerUrl]);
    expect(await page.locator('iframe').evaluateAll((frames) => frames.map((f) => f.getAttribute('src')))).toEqual([facebook.playerUrl, tiktok.playerUrl]);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  test('without JavaScript there is no button that would do nothing, and the link out is there', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: viewports.phone });
    const page = await context.newPage();
    await page.goto(pageUrl('ja', videoPages.youtube));
    const ja = useTranslations('ja');
    expect(await page.locator('[data-video-facade] button').isVisible()).toBe(false);
    expect(await page.locator('[data-video-facade] img').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: ja('video.watchOn', { host: 'YouTube' }) }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('clip files', () => {
  test.each(localeCodes)('/%s/: every caption track loads, and the one shown first is the page’s language', async (locale) => {
    const { page, elsewhere, violations } = await openRecorded(pageUrl(locale, videoPages.clip));
    const tracks = page.locator('video[data-video-clip] track');
    expect(await tracks.count()).toBe(localeCodes.length);
    expect(await page.locator('video[data-video-clip] track[default]').getAttribute('srclang')).toBe(getLocale(locale).tag);
    // The track marked default is the one the browser shows.
    await expect
      .poll(() => page.evaluate(() => [...document.querySelector('video')!.textTracks].filter((t) => t.mode === 'showing').map((t) => t.language)))
      .toEqual([getLocale(locale).tag]);
    // Ask for the others too (a hidden track loads without being drawn), then read every one.
    await page.evaluate(() => {
      for (const track of document.querySelector('video')!.textTracks) if (track.mode === 'disabled') track.mode = 'hidden';
    });
    const loaded = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('video track')].map((el) => {
          const track = el as HTMLTrackElement;
          return { lang: track.srclang, label: track.label, readyState: track.readyState, cues: track.track.cues?.length ?? 0 };
        }),
      );
    await expect.poll(async () => (await loaded()).every((t) => t.readyState === 2 && t.cues === 2), { timeout: 15_000 }).toBe(true);
    const labels = (await loaded()).map((t) => t.label);
    // Labels name each language in the reader's language.
    const readerNames = new Intl.DisplayNames([getLocale(locale).tag], { type: 'language' });
    expect(labels[1]!.toLowerCase()).toBe(readerNames.of('en')!.toLowerCase());
    expect((await loaded()).map((t) => t.lang)).toEqual(localeCodes.map((code) => getLocale(code).tag));
    const firstCue = await page.evaluate((tag) => {
      const track = [...document.querySelector('video')!.textTracks].find((t) => t.language === tag)!;
      return (track.cues![0] as VTTCue).text;
    }, getLocale(locale).tag);
    expect(readFileSync(path.join(copy.dir, `content/_media/fixture-clip.${locale}.vtt`), 'utf8')).toContain(firstCue);
    expect(elsewhere()).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  test('the clip plays from the site itself under the page’s policy, in a box that does not move', async () => {
    const { page, requests, elsewhere, violations } = await openRecorded(pageUrl('ko', videoPages.clip));
    const video = page.locator('video[data-video-clip]');
    const box = await video.boundingBox();
    expect(box!.height / box!.width).toBeCloseTo(9 / 16, 2);
    // preload="none": nothing of the clip is fetched before play.
    expect(requests.filter((r) => r.endsWith('.mp4'))).toEqual([]);
    await video.evaluate((v: HTMLVideoElement) => {
      v.muted = true;
      return v.play();
    });
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.5);
    expect((await video.boundingBox())!.height).toBeCloseTo(box!.height, 0);
    const clip = requests.find((r) => r.endsWith('-fixture-clip.mp4'))!;
    expect(new URL(clip).pathname).toMatch(/^\/files\/[0-9a-f]{10}-fixture-clip\.mp4$/);
    expect(await page.locator('a.video__download').getAttribute('href')).toBe(new URL(clip).pathname);
    expect(elsewhere()).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });
});

describe('Content-Security-Policy of pages with videos', () => {
  const frameSrc = (origins: string[]) => ["frame-src 'self'", ...origins].join(' ');
  const expectedFrames = (urlPath: string) => {
    const slug = urlPath.split('/').filter(Boolean).at(-1);
    if (slug === videoPages.youtube) return frameSrc([playerOrigins.youtube]);
    if (slug === videoPages.social) return frameSrc([playerOrigins.facebook, playerOrigins.tiktok]);
    return urlPath.startsWith('/admin/') ? "frame-src 'self' blob:" : frameSrc([]);
  };

  test('each page frames exactly the players of its facades, in its meta and in its header; every page takes media only from the site', () => {
    const rules = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));
    const withPlayers: string[] = [];
    for (const file of htmlFiles(dist)) {
      const urlPath = urlPathOf(dist, file);
      const meta = metaPolicy(cheerio.load(readFileSync(file, 'utf8')));
      const header = headersFor(rules, urlPath)['Content-Security-Policy']!;
      expect(directive(meta, 'frame-src'), urlPath).toBe(expectedFrames(urlPath));
      expect(directive(header, 'frame-src'), urlPath).toBe(expectedFrames(urlPath));
      expect(directive(meta, 'media-src'), urlPath).toMatch(/^media-src 'self'( blob:)?$/);
      expect(directive(meta, 'default-src'), urlPath).toBe("default-src 'self'");
      // Only frame-src differs from the policy of a page without videos.
      if (expectedFrames(urlPath) !== frameSrc([]) && !urlPath.startsWith('/admin/')) {
        withPlayers.push(urlPath);
        const plain = headersFor(rules, localizedPath('vi', videoPages.plain))['Content-Security-Policy']!;
        expect(header.replace(/frame-src [^;]*/, ''), urlPath).toBe(plain.replace(/frame-src [^;]*/, ''));
      }
    }
    expect(withPlayers.sort()).toEqual(
      [videoPages.youtube, videoPages.social].flatMap((slug) => localeCodes.map((locale) => localizedPath(locale, slug))).sort(),
    );
  });

  test('the server sends the page its own policy, and the nginx sample has the same one at that address', async () => {
    const response = await fetch(pageUrl('ko', videoPages.youtube));
    const header = response.headers.get('content-security-policy')!;
    expect(directive(header, 'frame-src')).toBe(frameSrc([playerOrigins.youtube]));
    expect(directive(header, 'frame-ancestors')).toBe("frame-ancestors 'self'");
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(directive((await fetch(pageUrl('ko', videoPages.clip))).headers.get('content-security-policy')!, 'frame-src')).toBe(frameSrc([]));

    const nginx = spawnSync(process.execPath, ['scripts/nginx-config.ts'], { cwd: copy.dir, encoding: 'utf8', env: { ...process.env, OUT_DIR: 'dist' } });
    expect(nginx.status, nginx.stderr).toBe(0);
    for (const location of ['/ko/video-du-lich-dong-thap/', '/ko/video-du-lich-dong-thap/index.html']) {
      const block = nginx.stdout.split(`location = ${location} {`)[1]?.split('}')[0];
      expect(block, location).toBeDefined();
      expect(block).toContain(`add_header Content-Security-Policy "${header}" always;`);
      expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
    }
    expect(nginx.stdout).not.toContain(`location = /ko/${videoPages.clip}/`);
  });
});

describe('VideoObject JSON-LD', () => {
  const videoObjects = ($: cheerio.CheerioAPI) =>
    $('script[type="application/ld+json"]')
      .toArray()
      .map((el) => JSON.parse($(el).text()) as Record<string, unknown>)
      .filter((data) => data['@type'] === 'VideoObject');
  const absolute = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^/]+\//.test(value);
  const servedFile = (url: string) => path.join(dist, new URL(url).pathname);

  test.each([
    ['vi', videoPages.clip, 1],
    ['ja', videoPages.clip, 1],
    ['vi', videoPages.youtube, 1],
    ['en', videoPages.social, 2],
  ] as const)('/%s/ %s: every required field, absolute URLs, a date-time with its offset', (locale, slug, count) => {
    const objects = videoObjects(builtPage(localizedPath(locale, slug)));
    expect(objects).toHaveLength(count);
    for (const video of objects) {
      expect(video['@context']).toBe('https://schema.org');
      expect(typeof video.name === 'string' && video.name.length > 0).toBe(true);
      expect(typeof video.description === 'string' && video.description.length > 0).toBe(true);
      expect(video.uploadDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(Number.isNaN(Date.parse(video.uploadDate as string))).toBe(false);
      expect(video.duration).toMatch(/^PT(\d+H)?(\d+M)?(\d+S)?$/);
      const thumbnails = video.thumbnailUrl as string[];
      expect(thumbnails.length).toBeGreaterThan(0);
      for (const url of thumbnails) {
        expect(absolute(url), url).toBe(true);
        expect(existsSync(servedFile(url)), url).toBe(true);
      }
      expect(Boolean(video.contentUrl) !== Boolean(video.embedUrl)).toBe(true);
    }
    const [first] = objects;
    if (slug === videoPages.clip) {
      expect(first!.inLanguage).toBe(getLocale(locale).tag);
      expect(first!.duration).toBe(isoDuration(clipSeconds));
      expect(first!.uploadDate).toBe('2026-06-15T08:00:00+07:00');
      expect(absolute(first!.contentUrl)).toBe(true);
      expect(readFileSync(servedFile(first!.contentUrl as string))).toEqual(readFileSync(path.join(copy.dir, 'content/_media/fixture-clip.mp4')));
    } else {
      // A fallback page's text is Vietnamese, and so is the language of its JSON-LD.
      expect(first!.inLanguage).toBe('vi-VN');
      expect(objects.map((o) => o.embedUrl)).toEqual(slug === videoPages.youtube ? [youtube.embedUrl] : [facebook.embedUrl, tiktok.embedUrl]);
    }
  });
});

describe('kiosk', () => {
  test('the Korean deck has the news, the clip and the infographic; a deck without their translations has none', () => {
    const $ = builtPage('/kiosk/');
    const ko = $('[data-deck="ko"]');
    expect(ko.find('[data-kiosk-news] h2').text()).toBe('2026 동탑 연꽃 축제 개막');
    expect(ko.find('[data-kiosk-infographic] h2').text()).toBe('숫자로 보는 2025년 동탑 관광');
    expect(
      ko
        .find('video[data-kiosk-clip] track')
        .toArray()
        .map((t) => $(t).attr('srclang')),
    ).toEqual(['ko']);
    // English has the clip (translated) but no news item or infographic in English.
    const en = $('[data-deck="en"]');
    expect(en.find('[data-kiosk-news], [data-kiosk-infographic]').length).toBe(0);
    expect(en.find('video[data-kiosk-clip]').length).toBe(1);
    // Never a third-party player: only the site's own files.
    expect($('iframe').length).toBe(0);
    expect(
      $('video source')
        .toArray()
        .every((s) => $(s).attr('src')!.startsWith('/files/')),
    ).toBe(true);
  });

  test('the clip slide plays muted, inline, with the deck’s captions showing, and the show moves on when it ends', async () => {
    const { page, elsewhere, violations } = await openRecorded(`${server.url}kiosk/?lang=ko&interval=3`, { viewport: { width: 1920, height: 1080 } });
    const deck = page.locator('[data-deck="ko"]');
    const slides = deck.locator('[data-slide]');
    const clipSlide = await slides.evaluateAll((all) => all.findIndex((s) => s.querySelector('video')));
    expect(clipSlide).toBeGreaterThan(0);
    const active = () => page.evaluate(() => Number(document.documentElement.dataset.kioskSlide));
    await expect.poll(active, { timeout: clipSlide * 3_000 + 5_000, interval: 200 }).toBe(clipSlide);
    const video = deck.locator('video[data-kiosk-clip]');
    const state = () =>
      video.evaluate((v: HTMLVideoElement) => ({
        muted: v.muted,
        playing: !v.paused && v.currentTime > 0,
        controls: v.controls,
        inline: v.hasAttribute('playsinline'),
        tracks: [...v.textTracks].map((t) => `${t.language}:${t.mode}`),
        cue: (v.textTracks[0]?.activeCues?.[0] as VTTCue | undefined)?.text,
      }));
    await expect.poll(async () => (await state()).playing, { timeout: 5_000 }).toBe(true);
    const now = await state();
    expect(now).toMatchObject({ muted: true, controls: false, inline: true, tracks: ['ko:showing'] });
    await expect.poll(async () => (await state()).cue, { timeout: 5_000 }).toMatch(/연꽃/);
    // The clip is 4 s and the interval 3 s: the slide stays for the whole clip, then the show moves on.
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.ended), { timeout: 10_000 }).toBe(true);
    await expect.poll(active, { timeout: 2_000 }).toBe(clipSlide + 1);
    expect(elsewhere()).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe('accessibility and valid HTML', () => {
  test.each([
    ['vi', videoPages.youtube],
    ['zh', videoPages.clip],
    ['en', videoPages.social],
  ] as const)('axe-core finds no WCAG 2.2 A/AA violation on /%s/ %s', async (locale, slug) => {
    expect(await axeViolations(browser, pageUrl(locale, slug), viewports.phone, true)).toEqual([]);
  });

  test('the pages with videos pass the HTML checker', () => {
    // Copied into one folder, so the checker starts once.
    const pages = mkdtempSync(path.join(tmpdir(), 'province-video-pages-'));
    for (const slug of [videoPages.youtube, videoPages.social, videoPages.clip]) {
      for (const locale of ['vi', 'ko'] as const)
        cpSync(path.join(dist, localizedPath(locale, slug), 'index.html'), path.join(pages, `${locale}-${slug}.html`));
    }
    cpSync(path.join(dist, 'kiosk/index.html'), path.join(pages, 'kiosk.html'));
    try {
      expect(htmlErrors(pages)).toEqual([]);
    } finally {
      rmSync(pages, { recursive: true, force: true });
    }
  }, 120_000);
});
