/**
 * The CMS previews (`cms/previews.ts`), rendered to HTML as Decap would render them: a news item
 * with its dateline, correction notice, press contact and related entries, an infographic with
 * its figures and source, and videos shown by poster and title without loading any player.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { previewFor } from '../../cms/previews.ts';
import type { CollectionName } from '../../src/model/collections.ts';

/** Stands in for Decap's Immutable maps: `getIn` over plain data. */
const immutable = (value: unknown) => ({
  getIn: (path: readonly (string | number)[]) =>
    path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value),
});

function render(collection: CollectionName, data: Record<string, unknown>, metadata: Record<string, unknown> = {}) {
  const props = {
    entry: immutable({ data }),
    fieldsMetaData: immutable(metadata),
    widgetFor: () => null,
    getAsset: (path: string) => `blob:asset/${path.split('/').pop()}`,
  };
  return cheerio.load(renderToStaticMarkup(createElement(previewFor(collection), props as never)));
}

const newsItem = {
  title: 'Đính chính số khách dự Lễ hội Sen',
  description: 'Sửa lại số khách trong thông cáo ngày 2/6.',
  date: '2026-06-05',
  category: 'correction',
  corrects: 'le-hoi-sen-don-khach',
  tags: ['lễ hội', 'du lịch'],
  related: { festivals: ['le-hoi-sen'], products: ['tra-sen-thap-muoi'], opportunities: [] },
  images: [{ src: '../../_media/lotus-field.jpg', alt: 'Cánh đồng sen', credit: 'Sở VHTTDL', licence: 'cc-by-4.0' }],
  spokesperson: { name: 'Nguyễn Văn A', role: 'Phó Giám đốc Sở Văn hoá', phone: '+84 277 3851 234', email: 'baochi@dongthap.example' },
};

describe('the news preview', () => {
  test('shows the dateline, the correction notice, the press contact and the related entries by title', () => {
    const $ = render('news', newsItem, {
      // What the relation widgets report about the entries they show.
      corrects: { news: { 'le-hoi-sen-don-khach': { title: 'Lễ hội Sen đón 50.000 khách', date: '2026-06-02' } } },
      related: { festivals: { festivals: { 'le-hoi-sen': { title: 'Lễ hội Sen Đồng Tháp' } } } },
    });
    expect($('.news-dateline').text()).toBe('Đăng ngày 5 tháng 6, 2026 · Đính chính');
    expect($('[data-corrects]').text()).toBe('Tin này đính chính cho: Lễ hội Sen đón 50.000 khách (2 tháng 6, 2026)');
    const contact = $('[data-spokesperson]');
    expect(contact.find('h2').text()).toBe('Liên hệ báo chí');
    for (const value of Object.values(newsItem.spokesperson)) expect(contact.text()).toContain(value);
    expect($('[data-related] h2').text()).toBe('Nội dung liên quan');
    // An entry the widget has not reported yet is shown by its file name.
    expect(
      $('[data-related] li')
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual(['Lễ hội Sen Đồng Tháp · Lễ hội', 'tra-sen-thap-muoi · Sản phẩm OCOP']);
    expect(
      $('.news-tags .tag')
        .map((_, tag) => $(tag).text())
        .get(),
    ).toEqual(['lễ hội', 'du lịch']);
    expect($('.hero-image figcaption').text()).toBe('Sở VHTTDL · CC BY 4.0 (được dùng lại, ghi nguồn)');
  });

  test('a correction that names no item yet still shows where the notice goes; other items show none', () => {
    expect(render('news', { ...newsItem, corrects: undefined })('[data-corrects]').text()).toBe('Tin này đính chính cho: …');
    expect(render('news', { ...newsItem, category: 'press-release', corrects: undefined })('[data-corrects]').length).toBe(0);
  });
});

test('the infographic preview lists its figures as text and their source', () => {
  const $ = render('infographics', {
    title: 'Du lịch Đồng Tháp 2025',
    date: '2026-01-15',
    figures: [
      { label: 'Lượt khách', value: '4,2 triệu', note: 'tăng 12 %' },
      { label: 'Doanh thu', value: '3.100 tỷ đồng' },
    ],
    source: 'Sở Văn hoá, Thể thao và Du lịch',
  });
  expect($('[data-figures] h2').text()).toBe('Các số liệu trong hình');
  expect(
    $('[data-figures] dt')
      .map((_, dt) => $(dt).text())
      .get(),
  ).toEqual(['Lượt khách', 'Doanh thu']);
  expect(
    $('[data-figures] dd')
      .map((_, dd) => $(dd).text())
      .get(),
  ).toEqual(['4,2 triệu (tăng 12 %)', '3.100 tỷ đồng']);
  expect($('[data-source]').text()).toBe('Nguồn số liệu: Sở Văn hoá, Thể thao và Du lịch');
});

test('videos are shown by poster and title, in any collection, and no player is loaded', () => {
  const $ = render('festivals', {
    title: 'Lễ hội Sen',
    videos: [
      { title: 'Mùa sen Tháp Mười', src: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', poster: '../../_media/mua-sen.jpg', durationSeconds: 125 },
      { title: 'Làm trà sen', src: '../../_media/tra-sen.mp4', poster: '../../_media/tra-sen.jpg', captions: { vi: '../../_media/tra-sen.vi.vtt', en: '' } },
      { title: 'Địa chỉ lạ', src: 'https://example.com/video/1', poster: '../../_media/x.jpg' },
    ],
  });
  const videos = $('[data-video]');
  expect(videos.length).toBe(3);
  expect(videos.first().find('img').attr('src')).toBe('blob:asset/mua-sen.jpg');
  expect(videos.first().find('figcaption').text()).toBe('▶ Mùa sen Tháp Mười (2:05)Video trên YouTube: chỉ phát khi người đọc bấm nút phát');
  expect(videos.eq(1).find('figcaption').text()).toContain('Tệp video tra-sen.mp4 · phụ đề: Tiếng Việt');
  expect(videos.eq(2).find('figcaption').text()).toContain('Địa chỉ chưa đúng');
  expect($('iframe, video, audio, script').length).toBe(0);
  expect($.html()).not.toMatch(/youtube\.com|youtube-nocookie|facebook\.com|tiktok\.com/);
});
