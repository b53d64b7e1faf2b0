/**
 * Video addresses (src/utils/video.ts): the forms of a single video on YouTube, Facebook and
 * TikTok are accepted and turned into the one player the page may frame; anything else is refused,
 * and the content check says so in one line. Also the player origins the CSP step reads from pages.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { videoPlayerOrigins } from '../../scripts/lib/csp.ts';
import { formatProblem, validateContent } from '../../src/model/validate.ts';
import { clipMediaType, isClipFile, isoDuration, parseVideoAddress, playerOrigins } from '../../src/utils/video.ts';

describe('parseVideoAddress', () => {
  test.each([
    ['https://www.youtube.com/watch?v=Xq7mT2pLd9A', 'Xq7mT2pLd9A'],
    ['https://youtube.com/watch?v=Xq7mT2pLd9A&t=42s', 'Xq7mT2pLd9A'],
    ['https://m.youtube.com/watch?v=Xq7mT2pLd9A', 'Xq7mT2pLd9A'],
    ['https://youtu.be/Xq7mT2pLd9A?si=abc', 'Xq7mT2pLd9A'],
    ['https://www.youtube.com/shorts/Xq7mT2pLd9A', 'Xq7mT2pLd9A'],
    ['https://www.youtube.com/embed/Xq7mT2pLd9A', 'Xq7mT2pLd9A'],
    ['https://www.youtube.com/live/Xq7mT2pLd9A', 'Xq7mT2pLd9A'],
    ['https://www.youtube-nocookie.com/embed/Xq7mT2pLd9A', 'Xq7mT2pLd9A'],
    ['  http://www.youtube.com/watch?v=Xq7mT2pLd9A  ', 'Xq7mT2pLd9A'],
    ['https://WWW.YOUTUBE.COM/watch?v=Xq7mT2pLd9A', 'Xq7mT2pLd9A'],
  ])('YouTube: %s', (address, id) => {
    expect(parseVideoAddress(address)).toEqual({
      host: 'youtube',
      id,
      watchUrl: `https://www.youtube.com/watch?v=${id}`,
      playerUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`,
      embedUrl: `https://www.youtube-nocookie.com/embed/${id}`,
    });
  });

  test.each([
    'https://www.facebook.com/dulichdongthap/videos/1234567890123456/',
    'https://www.facebook.com/watch/?v=1234567890123456',
    'https://m.facebook.com/reel/1234567890123456',
  ])('Facebook: %s', (address) => {
    const video = parseVideoAddress(address)!;
    expect(video.host).toBe('facebook');
    expect(video.watchUrl).toBe('https://www.facebook.com/watch/?v=1234567890123456');
    expect(video.playerUrl).toBe(
      'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D1234567890123456&show_text=false&autoplay=true',
    );
    expect(new URL(video.playerUrl).origin).toBe(playerOrigins.facebook);
  });

  test('TikTok', () => {
    const video = parseVideoAddress('https://www.tiktok.com/@dulichdongthap/video/7312345678901234567?lang=vi')!;
    expect(video).toMatchObject({
      host: 'tiktok',
      id: '7312345678901234567',
      watchUrl: 'https://www.tiktok.com/@dulichdongthap/video/7312345678901234567',
      playerUrl: 'https://www.tiktok.com/player/v1/7312345678901234567?autoplay=1',
    });
  });

  test.each([
    // look-alike hosts
    'https://youtube.com.evil.example/watch?v=Xq7mT2pLd9A',
    'https://www.youtube.com.evil.example/watch?v=Xq7mT2pLd9A',
    'https://evilyoutube.com/watch?v=Xq7mT2pLd9A',
    'https://youtube.co/watch?v=Xq7mT2pLd9A',
    'https://www.youtube.com./watch?v=Xq7mT2pLd9A',
    'https://xn--youtube-xyz.com/watch?v=Xq7mT2pLd9A',
    'https://evil.example/?u=https://www.youtube.com/watch?v=Xq7mT2pLd9A',
    'https://evil.example/youtube.com/watch?v=Xq7mT2pLd9A',
    'https://facebook.com.evil.example/watch/?v=1234567890123456',
    'https://tiktok.com.evil.example/@a/video/7312345678901234567',
    // credentials, ports, schemes
    'https://user:pass@www.youtube.com/watch?v=Xq7mT2pLd9A',
    'https://www.youtube.com@evil.example/watch?v=Xq7mT2pLd9A',
    'https://www.youtube.com:8443/watch?v=Xq7mT2pLd9A',
    'javascript:alert(1)//https://www.youtube.com/watch?v=Xq7mT2pLd9A',
    'JavaScript:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://www.youtube.com/watch?v=Xq7mT2pLd9A',
    '//www.youtube.com/watch?v=Xq7mT2pLd9A',
    // channels, playlists, searches and other pages that are not one video
    'https://www.youtube.com/@dongthap',
    'https://www.youtube.com/channel/UC1234567890abcdefghijkl',
    'https://www.youtube.com/c/dongthap',
    'https://www.youtube.com/user/dongthap',
    'https://www.youtube.com/playlist?list=PL1234567890abcdef',
    'https://www.youtube.com/results?search_query=dong+thap',
    'https://www.youtube.com/',
    'https://music.youtube.com/watch?v=Xq7mT2pLd9A',
    'https://www.facebook.com/dulichdongthap',
    'https://www.facebook.com/dulichdongthap/videos/',
    'https://fb.watch/abcDEF/',
    'https://www.tiktok.com/@dulichdongthap',
    'https://vm.tiktok.com/ZSabcdef/',
    // ids that are not ids
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=Xq7mT2pLd9A"><script>',
    'https://youtu.be/Xq7mT2pLd9A/extra',
    'https://www.facebook.com/watch/?v=123abc',
    'https://www.tiktok.com/@a"b/video/7312345678901234567',
    'https://www.tiktok.com/@dulichdongthap/photo/7312345678901234567',
    'not a URL',
    '',
  ])('refuses %s', (address) => {
    expect(parseVideoAddress(address)).toBeUndefined();
  });
});

describe('clip files and lengths', () => {
  test('a clip file is an .mp4 or .webm path, never a URL of any scheme', () => {
    expect(isClipFile('../../_media/clip.mp4')).toBe(true);
    expect(isClipFile('../../_media/clip.WEBM')).toBe(true);
    expect(isClipFile('javascript:alert(1)//clip.mp4')).toBe(false);
    expect(isClipFile('data:video/mp4;base64,AAAA.mp4')).toBe(false);
    expect(isClipFile('https://cdn.example/clip.mp4')).toBe(false);
    expect(isClipFile('../../_media/clip.mov')).toBe(false);
    expect(clipMediaType('a.webm')).toBe('video/webm');
    expect(clipMediaType('a.mp4')).toBe('video/mp4');
  });

  test('ISO 8601 durations', () => {
    expect(isoDuration(4)).toBe('PT4S');
    expect(isoDuration(65)).toBe('PT1M5S');
    expect(isoDuration(120)).toBe('PT2M');
    expect(isoDuration(3605)).toBe('PT1H5S');
  });
});

describe('player origins of a built page (the CSP step)', () => {
  test('each host named by a facade, once, in a fixed order', () => {
    const html = `<div class="video__frame" style="--video-ratio: 1.7778" data-video-facade data-video-host="tiktok" data-player-url="x">
      <div data-video-facade data-video-title="a > b" data-video-host="youtube"></div><div data-video-host="tiktok"></div>`;
    expect(videoPlayerOrigins(html)).toEqual([playerOrigins.youtube, playerOrigins.tiktok]);
    expect(videoPlayerOrigins('<main><p>No video.</p></main>')).toEqual([]);
  });

  test('text that only mentions the attribute opens nothing, and an unknown host fails the build', () => {
    expect(videoPlayerOrigins('<p>write data-video-host="youtube" on the facade</p><code>&lt;div data-video-host="facebook"&gt;</code>')).toEqual([]);
    expect(videoPlayerOrigins('<p title="data-video-host=&quot;youtube&quot;">x</p>')).toEqual([]);
    expect(() => videoPlayerOrigins('<div data-video-host="evil.example">', 'x/index.html')).toThrow(
      /x\/index\.html: data-video-host="evil\.example" is not a known video host/,
    );
  });
});

describe('the content check refuses a bad video address in one line', () => {
  let root: string;
  const page = (src: string) =>
    `---\ntitle: Phim\ndescription: Phim về Đồng Tháp.\nvideos:\n  - title: Phim\n    src: "${src}"\n    poster: ../../_media/poster.jpg\n    durationSeconds: 60\n    uploaded: "2026-05-02"\n---\n\nNội dung.\n`;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'province-video-'));
    mkdirSync(path.join(root, '_media'));
    mkdirSync(path.join(root, 'pages/vi'), { recursive: true });
    await sharp({ create: { width: 64, height: 36, channels: 3, background: '#b0124f' } })
      .jpeg()
      .toFile(path.join(root, '_media/poster.jpg'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test.each([
    'https://www.youtube.com.evil.example/watch?v=Xq7mT2pLd9A',
    'https://www.youtube.com/playlist?list=PL1234567890abcdef',
    'https://user:pass@www.youtube.com/watch?v=Xq7mT2pLd9A',
    'javascript:alert(1)//x.mp4',
    'https://vimeo.com/123456789',
  ])('%s', async (src) => {
    writeFileSync(path.join(root, 'pages/vi/phim.mdx'), page(src));
    const problems = (await validateContent(root)).map(formatProblem);
    expect(problems).toEqual([
      `${path.relative(process.cwd(), root)}/pages/vi/phim.mdx [locale: vi] field "videos[0].src": must be a YouTube, Facebook or TikTok video address, or an .mp4 or .webm file in content/_media/ (got ${JSON.stringify(src)})`,
    ]);
  });

  test('a good address passes', async () => {
    writeFileSync(path.join(root, 'pages/vi/phim.mdx'), page('https://youtu.be/Xq7mT2pLd9A'));
    expect((await validateContent(root)).map(formatProblem)).toEqual([]);
  });
});
