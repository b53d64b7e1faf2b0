/**
 * The checks issue 17 added to reading content: clip and caption files are judged by their
 * bytes inside content/_media, a clip needs Vietnamese captions, video addresses must be a
 * single video on YouTube, Facebook or TikTok, and a news item's related entries and the item a
 * correction corrects must exist. Each problem is one line naming file, locale and field.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkCaptionReference, checkClipReference, clipFormatOf } from '../../src/model/media-files.ts';
import { formatProblem, validateEntryFile } from '../../src/model/validate.ts';
import { newsByMonth } from '../../src/utils/news.ts';

const repoMedia = path.resolve(import.meta.dirname, '../../content/_media');
let contentRoot: string;
let entryFile: string;

/** The smallest MP4 header Chromium and the checks recognise: a 24-byte `ftyp` box. */
const mp4Header = Buffer.from([0, 0, 0, 24, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')]);

beforeAll(() => {
  contentRoot = path.join(mkdtempSync(path.join(tmpdir(), 'province-news-')), 'content');
  for (const dir of ['_media', 'news/vi', 'news/en', 'festivals/vi', 'destinations/vi']) mkdirSync(path.join(contentRoot, dir), { recursive: true });
  copyFileSync(path.join(repoMedia, 'lotus-field.jpg'), path.join(contentRoot, '_media/lotus-field.jpg'));
  writeFileSync(path.join(contentRoot, '_media/clip.mp4'), Buffer.concat([mp4Header, Buffer.alloc(64)]));
  writeFileSync(path.join(contentRoot, '_media/not-a-clip.mp4'), '<html><script>alert(1)</script></html>');
  writeFileSync(path.join(contentRoot, '_media/webm-named.mp4'), Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0, 0, 0, 0]));
  writeFileSync(path.join(contentRoot, '_media/clip.vi.vtt'), 'WEBVTT\n\n00:00.000 --> 00:03.000\nĐồng sen Tháp Mười <b>mùa hoa</b>\n');
  writeFileSync(path.join(contentRoot, '_media/no-header.vtt'), '00:00.000 --> 00:03.000\nhello\n');
  writeFileSync(path.join(contentRoot, '_media/control.vtt'), 'WEBVTT\n\n00:00.000 --> 00:03.000\nbad \u202e text\n');
  writeFileSync(path.join(contentRoot, '_media/latin1.vtt'), Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\n\xe9t\xe9\n', 'latin1'));
  writeFileSync(path.join(contentRoot, 'festivals/vi/le-hoi-sen.mdx'), '---\ntitle: x\n---\n');
  entryFile = path.join(contentRoot, 'news/vi/x.mdx');
});
afterAll(() => rmSync(path.dirname(contentRoot), { recursive: true, force: true }));

describe('clip and caption files', () => {
  test('a clip is judged by its bytes, not its name', () => {
    expect(clipFormatOf(mp4Header)).toBe('mp4');
    expect(checkClipReference(contentRoot, entryFile, '../../_media/clip.mp4')).toBeUndefined();
    expect(checkClipReference(contentRoot, entryFile, '../../_media/not-a-clip.mp4')).toMatch(/is not a video/);
    expect(checkClipReference(contentRoot, entryFile, '../../_media/webm-named.mp4')).toMatch(/is a WEBM file named \.mp4/);
    expect(checkClipReference(contentRoot, entryFile, '../../../outside.mp4')).toMatch(/outside content\/_media/);
    expect(checkClipReference(contentRoot, entryFile, 'https://example.com/a.mp4')).toMatch(/not a URL/);
  });

  test('captions must be UTF-8 WebVTT with cues and no control characters', () => {
    expect(checkCaptionReference(contentRoot, entryFile, '../../_media/clip.vi.vtt')).toBeUndefined();
    expect(checkCaptionReference(contentRoot, entryFile, '../../_media/no-header.vtt')).toMatch(/must start with the line "WEBVTT"/);
    expect(checkCaptionReference(contentRoot, entryFile, '../../_media/control.vtt')).toMatch(/control character at line 4/);
    expect(checkCaptionReference(contentRoot, entryFile, '../../_media/latin1.vtt')).toMatch(/not UTF-8/);
    expect(checkCaptionReference(contentRoot, entryFile, '../../_media/clip.mp4')).toMatch(/must be a \.vtt/);
  });
});

const newsItem = (fields: string) => `---
title: Họp báo quý IV
description: Tỉnh thông tin về tình hình kinh tế – xã hội.
date: "2026-11-20"
category: press-release
images:
  - src: ../../_media/lotus-field.jpg
    alt: Cánh đồng sen
spokesperson:
  name: Nguyễn Văn A
  role: Phó Giám đốc
  phone: "+84 277 3000 101"
  email: baochi@dongthap.example
${fields}---

Nội dung.
`;

async function problemsOf(fileName: string, text: string, locale = 'vi'): Promise<string[]> {
  writeFileSync(path.join(contentRoot, 'news', locale, fileName), text);
  return (await validateEntryFile(contentRoot, 'news', locale, fileName)).map(formatProblem);
}

describe('news items', () => {
  test('a complete item with a clip, captions and a related festival passes', async () => {
    const video = `videos:
  - title: Mùa sen
    src: ../../_media/clip.mp4
    poster: ../../_media/lotus-field.jpg
    captions:
      vi: ../../_media/clip.vi.vtt
    durationSeconds: 15
    uploaded: "2026-11-20"
related:
  festivals: [le-hoi-sen]
`;
    expect(await problemsOf('hop-bao.mdx', newsItem(video))).toEqual([]);
  });

  test('one line each for a missing related entry, a clip without captions and a look-alike video host', async () => {
    const fields = `related:
  products: [khong-co-san-pham]
videos:
  - title: Clip
    src: ../../_media/clip.mp4
    poster: ../../_media/lotus-field.jpg
    durationSeconds: 15
    uploaded: "2026-11-20"
  - title: Giả mạo
    src: https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ
    poster: ../../_media/lotus-field.jpg
    durationSeconds: 15
    uploaded: "2026-11-20"
`;
    const problems = await problemsOf('sai.mdx', newsItem(fields));
    expect(problems).toEqual([
      expect.stringMatching(/news\/vi\/sai\.mdx \[locale: vi\] field "videos\[1\]\.src": must be a YouTube, Facebook or TikTok video address/),
      expect.stringMatching(/field "videos\[0\]\.captions": a clip file needs captions, at least "vi"/),
      expect.stringMatching(/field "related\.products\[0\]": there is no entry content\/products\/vi\/khong-co-san-pham\.mdx/),
    ]);
    expect(problems.every((line) => !line.includes('\n'))).toBe(true);
  });

  test('a correction must name an existing item, and only a correction may', async () => {
    expect(await problemsOf('dinh-chinh.mdx', newsItem('category: correction\n').replace('category: press-release\n', ''))).toEqual([
      expect.stringMatching(/field "corrects": a correction must name the news item it corrects/),
    ]);
    expect(await problemsOf('dinh-chinh-2.mdx', newsItem('corrects: khong-co\n').replace('category: press-release', 'category: correction'))).toEqual([
      expect.stringMatching(/field "corrects": there is no news item content\/news\/vi\/khong-co\.mdx to correct/),
    ]);
    expect(await problemsOf('thong-cao.mdx', newsItem('corrects: hop-bao\n'))).toEqual([
      expect.stringMatching(/field "category": an item that corrects another must have the category "correction"/),
    ]);
  });
});

test('news items group by month, in the order given', () => {
  const item = (date: string) => ({ entry: { data: { date } } });
  const groups = newsByMonth([item('2026-12-02'), item('2026-11-30'), item('2026-11-03'), item('2026-09-15')]);
  expect(groups.map((g) => [g.month, g.items.length])).toEqual([
    ['2026-12', 1],
    ['2026-11', 2],
    ['2026-09', 1],
  ]);
});
